package uz.muhokama.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One published version of a questionnaire: its whole definition as JSON. Written once, never changed. */
@Entity
@Table(name = "questionnaire_version")
class QuestionnaireVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "questionnaire_code", nullable = false, updatable = false)
    private String questionnaireCode;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    /** Null for the versions shipped with the portal. */
    @Column(name = "published_by", updatable = false)
    private Long publishedBy;

    @Column(name = "published_by_name", updatable = false)
    private String publishedByName;

    @Column(name = "definition", updatable = false)
    private String definition;

    protected QuestionnaireVersion() {}

    QuestionnaireVersion(Questionnaire questionnaire, Instant publishedAt, Long publishedBy, String publishedByName) {
        this.questionnaireCode = questionnaire.code();
        this.number = questionnaire.version();
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.publishedByName = publishedByName;
        this.definition = QuestionnaireDefinitions.write(questionnaire);
    }

    public int number() {
        return number;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedByName() {
        return publishedByName;
    }

    String definition() {
        return definition;
    }
}
