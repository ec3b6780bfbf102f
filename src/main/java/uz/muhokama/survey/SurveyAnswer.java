package uz.muhokama.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person's answer set to a questionnaire version: about a draft (one per person and draft, kept by
 * the database) or about the portal. Its document holds the checked answers; the respondent's display
 * name and region are copied, as on comments, so results never need the account.
 */
@Entity
@Table(name = "survey_answer")
class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "questionnaire_code", nullable = false, updatable = false)
    private String questionnaireCode;

    @Column(name = "version_no", nullable = false)
    private int versionNumber;

    @Column(name = "draft_id", updatable = false)
    private Long draftId;

    @Column(name = "draft_version")
    private Integer draftVersion;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    /**
     * questionnaire/draft/account for an answer set about a draft, null about the portal: the one-per-person
     * rule's unique key, by which a person's own answer set is looked up (V25 says why one column).
     */
    @Column(name = "respondent_key", updatable = false)
    private String respondentKey;

    @Column(name = "respondent_name", nullable = false)
    private String respondentName;

    @Column(name = "respondent_region")
    private String respondentRegion;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "document", nullable = false)
    private String document;

    protected SurveyAnswer() {}

    SurveyAnswer(
            Questionnaire questionnaire,
            Long draftId,
            Integer draftVersion,
            Respondent respondent,
            String document,
            Instant now) {
        this.questionnaireCode = questionnaire.code();
        this.versionNumber = questionnaire.version();
        this.draftId = draftId;
        this.draftVersion = draftVersion;
        this.accountId = respondent.accountId();
        this.respondentKey =
                draftId == null ? null : respondentKey(questionnaire.code(), draftId, respondent.accountId());
        this.respondentName = respondent.name();
        this.respondentRegion = respondent.regionCode();
        this.document = document;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** The unique key of a person's answer set to a draft's questionnaire, as V25 writes it for older rows. */
    static String respondentKey(String questionnaireCode, long draftId, long accountId) {
        return questionnaireCode + "/" + draftId + "/" + accountId;
    }

    /** Who answered, as results show them: a display name and a region, never contact details. */
    record Respondent(long accountId, String name, String regionCode) {}

    /** The person answers again: the new set, given to the current version, takes the old one's place. */
    void replaceWith(
            Questionnaire questionnaire,
            Integer newDraftVersion,
            Respondent respondent,
            String newDocument,
            Instant now) {
        this.versionNumber = questionnaire.version();
        this.draftVersion = newDraftVersion;
        this.respondentName = respondent.name();
        this.respondentRegion = respondent.regionCode();
        this.document = newDocument;
        this.updatedAt = now;
    }

    public long id() {
        return id;
    }

    public String questionnaireCode() {
        return questionnaireCode;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public Long draftId() {
        return draftId;
    }

    public long accountId() {
        return accountId;
    }

    public String respondentName() {
        return respondentName;
    }

    public String respondentRegion() {
        return respondentRegion;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    String document() {
        return document;
    }
}
