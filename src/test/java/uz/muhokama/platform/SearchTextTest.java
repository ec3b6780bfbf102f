package uz.muhokama.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.i18n.SearchText;

class SearchTextTest {

    @Test
    void wordsAreNormalizedAndSplitOnPunctuationButKeepTheirApostrophes() {
        assertEquals(
                Set.of("o'zbekiston", "respublikasining", "qonuni", "id", "100001"),
                SearchText.terms("ID-100001 | Oʻzbekiston Respublikasining «Qonuni»"));
    }

    @Test
    void singleLettersAndStrayApostrophesAreNotWords() {
        assertEquals(Set.of("va", "so'rov"), SearchText.terms("a 'va' b – so‘rov '"));
    }

    @Test
    void russianAndEnglishWordsAreWordsToo() {
        assertEquals(Set.of("проект", "закона", "draft", "law"), SearchText.terms("Проект закона / Draft law"));
    }
}
