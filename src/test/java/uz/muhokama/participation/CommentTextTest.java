package uz.muhokama.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Copies that differ only in spelling share a fingerprint; edited copies stay near by simhash. */
class CommentTextTest {

    private static final String TEMPLATE =
            "Biz ushbu loyihaning 5-bandiga qarshimiz, chunki u kichik tadbirkorlar uchun "
                    + "qoʻshimcha hisobot talab qiladi va xarajatlarni oshiradi. Bandni olib tashlashni soʻraymiz.";

    @Test
    void caseSpacingPunctuationDigitsAndApostrophesDoNotMakeANewText() {
        String fingerprint = CommentText.fingerprint("Men bu loyihaga qarshiman!");
        for (String copy : List.of(
                "men bu loyihaga QARSHIMAN",
                "Men   bu loyihaga,   qarshiman...",
                "Men bu loyihaga qarshiman 12",
                "Men bu loyihaga qarshiman\n\n")) {
            assertEquals(fingerprint, CommentText.fingerprint(copy), copy);
        }
        assertEquals(CommentText.fingerprint("oʻzgartirish"), CommentText.fingerprint("o'zgartirish"));
        assertEquals(CommentText.fingerprint("o‘zgartirish"), CommentText.fingerprint("o`zgartirish"));
        assertNotEquals(fingerprint, CommentText.fingerprint("Men bu loyihani qoʻllab-quvvatlayman"));
    }

    @Test
    void cyrillicLookAlikeLettersAreFoldedSoSwappedLettersDoNotDodgeGrouping() {
        // "qarshiman" with a Cyrillic "а" and "о" in Latin text.
        assertEquals(
                CommentText.fingerprint("Men bu loyihaga qarshiman"),
                CommentText.fingerprint("Men bu lоyihаgа qаrshimаn"));
    }

    @Test
    void aTemplateWithAWordChangedStaysNearItsSiblingsWhileADifferentTextIsFar() {
        long original = CommentText.simhash(TEMPLATE);
        long signed = CommentText.simhash(TEMPLATE + " Hurmat bilan, Aziz");
        long oneWord = CommentText.simhash(TEMPLATE.replace("oshiradi", "koʻpaytiradi"));
        long other = CommentText.simhash("Tariflar har yili emas, har chorakda qayta koʻrib chiqilishi kerak, "
                + "aks holda inflyatsiya hisobga olinmaydi va aholi uchun toʻlovlar keskin oshadi.");
        assertTrue(
                CommentText.distance(original, signed) <= CampaignGrouping.NEAR_BITS,
                "signed copy " + CommentText.distance(original, signed));
        assertTrue(
                CommentText.distance(original, oneWord) <= CampaignGrouping.NEAR_BITS,
                "one word changed " + CommentText.distance(original, oneWord));
        assertTrue(
                CommentText.distance(original, other) > CampaignGrouping.NEAR_BITS + 8,
                "unrelated " + CommentText.distance(original, other));
    }
}
