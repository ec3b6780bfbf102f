package uz.muhokama.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void aWordFindsTheWordsItBeginsButANumberOnlyItself() {
        assertEquals("tarif%", SearchWords.likePrefix("tarif"));
        assertEquals("99", SearchWords.likePrefix("99"), "99 is not 990");
        assertEquals("pq99%", SearchWords.likePrefix("pq99"), "letters and digits together are a word");
    }

    @Test
    void likeWildcardsTypedByTheReaderNeverReachThePattern() {
        assertEquals(Set.of("50", "ab"), SearchWords.words("50%_ab!"));
        assertEquals(Set.of("tarif"), SearchWords.words("%tarif_"));
        assertThrows(IllegalArgumentException.class, () -> SearchWords.likePrefix("50%"));
        assertThrows(IllegalArgumentException.class, () -> SearchWords.likePrefix("a_b"));
    }

    @Test
    void candidatesAreSortedAndPaddedToAPowerOfTwoSoFewStatementShapesAreCompiled() {
        assertEquals(List.of(3L, 3L), SearchWords.padded(Set.of(3L)), "two is the smallest shape");
        assertEquals(List.of(1L, 2L, 5L, 5L), SearchWords.padded(Set.of(5L, 1L, 2L)));
        assertEquals(8, SearchWords.padded(Set.of(1L, 2L, 3L, 4L, 5L)).size());
        assertEquals(4, SearchWords.padded(Set.of(1L, 2L, 3L, 4L)).size());
    }
}
