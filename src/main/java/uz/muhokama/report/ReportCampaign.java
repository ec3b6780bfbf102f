package uz.muhokama.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A campaign group as the report found it, one row per text of the group (by its simhash): later reads of the
 * proposals (the decisions workbook, the published summary) use these rather than grouping again, so
 * the proposals stay the ones the agency was sent.
 */
@Entity
@Table(name = "report_campaign_text")
class ReportCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "simhash", nullable = false, updatable = false)
    private long simhash;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "group_no", nullable = false, updatable = false)
    private int groupNumber;

    @Column(name = "comments", nullable = false, updatable = false)
    private long comments;

    protected ReportCampaign() {}

    ReportCampaign(long draftId, long simhash, long proposalId, int groupNumber, long comments) {
        this.draftId = draftId;
        this.simhash = simhash;
        this.proposalId = proposalId;
        this.groupNumber = groupNumber;
        this.comments = comments;
    }

    public long simhash() {
        return simhash;
    }

    public long proposalId() {
        return proposalId;
    }

    public int groupNumber() {
        return groupNumber;
    }

    public long comments() {
        return comments;
    }
}
