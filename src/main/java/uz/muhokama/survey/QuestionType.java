package uz.muhokama.survey;

import java.util.Arrays;
import java.util.Optional;

/** What kind of answer a question takes; the code is what questionnaire data and the API say. */
public enum QuestionType {
    YES_NO_PARTLY("yes_no_partly"),
    SINGLE_CHOICE("single_choice"),
    MULTIPLE_CHOICE("multiple_choice"),
    SCALE("scale"),
    FREE_TEXT("free_text"),
    CLAUSE_REFERENCE("clause_reference"),
    FACTOR_CHECK("factor_check");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<QuestionType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** One option is chosen out of those offered. */
    public boolean isSingleChoice() {
        return this == YES_NO_PARTLY || this == SINGLE_CHOICE;
    }

    public boolean hasOptions() {
        return isSingleChoice() || this == MULTIPLE_CHOICE;
    }
}
