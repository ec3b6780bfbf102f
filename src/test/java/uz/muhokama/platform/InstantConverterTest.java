package uz.muhokama.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.persistence.InstantConverter;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void instantsAreStoredAsUtcWallClockWhateverTheServersZone() {
        Instant closing = Instant.parse("2026-12-01T19:00:00Z"); // midnight in Tashkent
        assertEquals(LocalDateTime.parse("2026-12-01T19:00:00"), converter.convertToDatabaseColumn(closing));
        assertEquals(closing, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(closing)));
    }

    @Test
    void nullStaysNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
