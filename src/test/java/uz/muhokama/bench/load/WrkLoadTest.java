package uz.muhokama.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** wrk's runs land in the same results table as the Java client's: the line wrk-paths.lua prints, parsed. */
class WrkLoadTest {

    @Test
    void theResultLineBecomesARowWithMillisecondsAndEveryKindOfErrorCounted() {
        String output = """
                Running 5s test @ http://localhost:9080
                  2 threads and 16 connections
                  129 requests in 5.08s, 1.51MB read
                Requests/sec:     25.38
                WRK-RESULT requests=129 duration_us=5081746 p50_us=583887 p95_us=1015116 p99_us=1094316 connect=1 read=2 write=0 timeout=3 status=4
                """;
        LoadRunner.Result result = WrkLoad.parse("draft page", 16, output);
        assertEquals(129, result.requests());
        assertEquals(129 / 5.081746, result.throughput(), 1e-9);
        assertEquals(583.887, result.p50Ms(), 1e-9);
        assertEquals(1015.116, result.p95Ms(), 1e-9);
        assertEquals(1094.316, result.p99Ms(), 1e-9);
        assertEquals(10, result.errors());
        assertEquals("| draft page | 16 | 25 | 583.89 | 1015.12 | 1094.32 | 10 | wrk |", result.row());
    }

    @Test
    void outputWithoutTheResultLineIsAFailureNotAnEmptyRow() {
        assertThrows(
                IllegalStateException.class,
                () -> WrkLoad.parse("draft page", 16, "unable to connect to localhost:9080"));
    }
}
