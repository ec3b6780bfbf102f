package uz.muhokama.draft;

import jakarta.ws.rs.FormParam;
import java.util.ArrayList;
import java.util.List;

/** The editor's HTML form as posted: one field per input, clauses as parallel lists of row values. */
class DraftFormFields {

    @FormParam("titleUz")
    String titleUz;

    @FormParam("titleUzCyrl")
    String titleUzCyrl;

    @FormParam("titleRu")
    String titleRu;

    @FormParam("titleEn")
    String titleEn;

    @FormParam("summaryUz")
    String summaryUz;

    @FormParam("summaryUzCyrl")
    String summaryUzCyrl;

    @FormParam("summaryRu")
    String summaryRu;

    @FormParam("summaryEn")
    String summaryEn;

    @FormParam("actType")
    String actType;

    @FormParam("sector")
    String sector;

    @FormParam("needsRia")
    String needsRia;

    @FormParam("changeNote")
    String changeNote;

    @FormParam("clauseKey")
    List<String> keys;

    @FormParam("clauseNumber")
    List<String> numbers;

    @FormParam("clauseHeading")
    List<String> headings;

    @FormParam("clauseText")
    List<String> texts;

    @FormParam("clauseHeadingCyrl")
    List<String> headingsCyrl;

    @FormParam("clauseTextCyrl")
    List<String> textsCyrl;

    DraftForm toForm() {
        return new DraftForm(
                titleUz,
                titleUzCyrl,
                titleRu,
                titleEn,
                summaryUz,
                summaryUzCyrl,
                summaryRu,
                summaryEn,
                actType,
                sector,
                needsRia != null,
                clauses(),
                changeNote);
    }

    /** Rows the editor filled; rows left entirely empty are not clauses. */
    List<ClauseInput> clauses() {
        List<ClauseInput> clauses = new ArrayList<>();
        int rows = Math.max(Math.max(size(numbers), size(texts)), size(textsCyrl));
        for (int i = 0; i < rows; i++) {
            String number = at(numbers, i);
            String text = at(texts, i);
            String heading = at(headings, i);
            String textCyrl = at(textsCyrl, i);
            String headingCyrl = at(headingsCyrl, i);
            if (number.isBlank()
                    && text.isBlank()
                    && heading.isBlank()
                    && textCyrl.isBlank()
                    && headingCyrl.isBlank()) {
                continue;
            }
            String key = at(keys, i);
            clauses.add(new ClauseInput(key.isBlank() ? null : key, number, heading, text, headingCyrl, textCyrl));
        }
        return clauses;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index);
    }
}
