package uz.muhokama.survey;

import java.util.List;
import java.util.Optional;

/**
 * One version of a questionnaire, as data: who may answer it ({@link Audience}), what it is about
 * ({@link Scope}: a draft or the portal), its wording in the portal's languages and its ordered questions.
 * An anti-corruption expertise also has the groups of its factors and the fields every factor check is
 * answered with. Immutable: a published version never changes.
 */
public record Questionnaire(
        String code,
        int version,
        Audience audience,
        Scope scope,
        Wording title,
        Wording intro,
        List<FactorGroup> groups,
        List<Question> factorFields,
        List<Question> questions) {

    public static final String EXPERTISE = "anti-corruption-expertise";
    public static final String GENERAL_SURVEY = "general-survey";
    public static final String PORTAL_DEVELOPMENT = "portal-development";

    public Questionnaire {
        groups = groups == null ? List.of() : List.copyOf(groups);
        factorFields = factorFields == null ? List.of() : List.copyOf(factorFields);
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String questionCode) {
        return questions.stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }

    public Optional<Question> factorField(String fieldCode) {
        return factorFields.stream().filter(q -> q.code().equals(fieldCode)).findFirst();
    }

    /** The same questionnaire under another version number (a newly published one). */
    Questionnaire asVersion(int newVersion) {
        return new Questionnaire(code, newVersion, audience, scope, title, intro, groups, factorFields, questions);
    }

    /** Who may answer. */
    public enum Audience {
        /** Only people holding the EXPERT role. */
        EXPERT,
        /** Anyone signed in. */
        SIGNED_IN
    }

    /** What an answer set is about. */
    public enum Scope {
        /** One set per person and draft, while its discussion is open. */
        DRAFT,
        /** The portal itself: any time, as often as the rate limit allows. */
        PORTAL
    }

    /** A group of corruption-generating factors, as the expertise form lists them. */
    public record FactorGroup(String code, Wording title) {}
}
