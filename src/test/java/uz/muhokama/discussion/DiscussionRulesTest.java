package uz.muhokama.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.error.FieldError;

class DiscussionRulesTest {

    private final DiscussionRules rules = new DiscussionRules(15, 10, 90, Duration.ofMinutes(5));
    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    private List<String> problems(Instant opens, Instant closes, boolean departmental) {
        return rules.check(new DiscussionWindow(opens, closes), departmental, now).stream()
                .map(FieldError::messageKey)
                .toList();
    }

    @Test
    void fifteenDaysIsEnoughForALawAndTenForADepartmentalOrder() {
        assertTrue(problems(now, now.plus(Duration.ofDays(15)), false).isEmpty());
        assertEquals(List.of("discussion.window.too-short"), problems(now, now.plus(Duration.ofDays(10)), false));
        assertTrue(problems(now, now.plus(Duration.ofDays(10)), true).isEmpty());
    }

    @Test
    void aWindowMayNotStartInThePastNorLastForever() {
        assertEquals(
                List.of("discussion.window.opens-in-past"),
                problems(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(20)), false));
        assertEquals(List.of("discussion.window.too-long"), problems(now, now.plus(Duration.ofDays(120)), false));
    }

    @Test
    void bothEndsAreRequired() {
        assertEquals(
                List.of("discussion.window.opens-required", "discussion.window.closes-required"),
                problems(null, null, false));
    }
}
