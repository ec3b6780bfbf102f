package uz.muhokama.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uz.muhokama.platform.error.InvalidInput;

/**
 * A questionnaire as a whole: its stable code, who answers it and about what, and which version is
 * current. The versions themselves are {@link QuestionnaireVersion} rows, never changed once written.
 */
@Entity
@Table(name = "questionnaire")
class QuestionnaireRecord {

    @Id
    @Column(name = "code")
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false)
    private Questionnaire.Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    private Questionnaire.Scope scope;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected QuestionnaireRecord() {}

    QuestionnaireRecord(Questionnaire first) {
        this.code = first.code();
        this.audience = first.audience();
        this.scope = first.scope();
        this.currentVersion = first.version();
    }

    public String code() {
        return code;
    }

    public int currentVersion() {
        return currentVersion;
    }

    /**
     * The next version of this questionnaire, from an edited definition. Who answers and about what
     * stay as they are: answers already given and their counts depend on them.
     */
    Questionnaire nextVersion(Questionnaire edited) {
        if (!code.equals(edited.code())) {
            throw new InvalidInput("code", "survey.definition.code-changed");
        }
        if (audience != edited.audience()) {
            throw new InvalidInput("audience", "survey.definition.audience-changed");
        }
        if (scope != edited.scope()) {
            throw new InvalidInput("scope", "survey.definition.scope-changed");
        }
        currentVersion++;
        return edited.asVersion(currentVersion);
    }
}
