package uz.muhokama.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.filesystem.FileSystemResource;
import org.junit.jupiter.api.Test;

/**
 * The checksums DerbyChecksums moves between are those Flyway computes: the PostgreSQL copy is the script as
 * first applied (its checksum is the one recorded before), and the Derby copy's is the one recorded after. An
 * edit to either copy without its line here fails this test instead of every existing Derby database's start.
 */
class DerbyChecksumsTest {

    @Test
    void eachRealignmentMovesFromTheFirstScriptsChecksumToTheDerbyCopys() throws Exception {
        for (DerbyChecksums.Realignment realignment : DerbyChecksums.REALIGNED) {
            Path derby = script("derby", realignment.version());
            assertEquals(realignment.derbyCopy(), checksum(derby), derby::toString);
            if (!realignment.version().equals("6")) { // V6 has differed between the databases from the start
                Path postgresql = script("postgresql", realignment.version());
                assertEquals(realignment.appliedBefore(), checksum(postgresql), postgresql::toString);
            }
        }
    }

    private static int checksum(Path script) {
        return ChecksumCalculator.calculate(
                new FileSystemResource(null, script.toString(), StandardCharsets.UTF_8, false));
    }

    private static Path script(String vendor, String version) throws IOException, URISyntaxException {
        Path folder = Path.of(
                DerbyChecksumsTest.class.getResource("/db/vendor/" + vendor).toURI());
        try (Stream<Path> scripts = Files.list(folder)) {
            List<Path> found = scripts.filter(p -> p.getFileName().toString().startsWith("V" + version + "__"))
                    .toList();
            assertEquals(1, found.size(), () -> "V" + version + " in " + folder + ": " + found);
            return found.get(0);
        }
    }
}
