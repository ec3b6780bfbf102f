package uz.muhokama.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.i18n.UzbekScript;

/** The shipped questionnaires come with their own Cyrillic wording, the factors' names from the CSV included. */
class ShippedQuestionnairesTest {

    @Test
    void everyShippedTextHasItsCyrillicWording() {
        List<String> missing = new ArrayList<>();
        int texts = 0;
        for (Questionnaire q : ShippedQuestionnaires.load()) {
            List<Wording> wordings = new ArrayList<>(List.of(q.title(), q.intro()));
            q.groups().forEach(g -> wordings.add(g.title()));
            Stream.concat(q.questions().stream(), q.factorFields().stream()).forEach(question -> {
                wordings.add(question.text());
                wordings.add(question.title());
                question.options().forEach(o -> wordings.add(o.label()));
                if (question.scale() != null) {
                    wordings.add(question.scale().minLabel());
                    wordings.add(question.scale().maxLabel());
                }
            });
            for (Wording w : wordings) {
                if (w.uz().isBlank()) {
                    continue;
                }
                texts++;
                if (w.uzCyrl().isBlank() || !UzbekScript.isCyrillic(w.uzCyrl())) {
                    missing.add(q.code() + ": " + w.uz());
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(texts > 150, "the factors' names and groups are read too: " + texts);
    }
}
