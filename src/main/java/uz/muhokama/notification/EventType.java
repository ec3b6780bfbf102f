package uz.muhokama.notification;

/** What happened, and the topic people hear of it under. */
public enum EventType {
    /** A draft published for discussion: for followers of its sector, agency, region, matching saved searches. */
    DRAFT_PUBLISHED(Topic.NEW_DRAFTS),
    /** A followed draft's discussion closes in 3 days. */
    DRAFT_CLOSING_SOON(Topic.FOLLOWED_DRAFTS),
    DRAFT_EXTENDED(Topic.FOLLOWED_DRAFTS),
    DRAFT_WITHDRAWN(Topic.FOLLOWED_DRAFTS),
    DRAFT_CLOSED(Topic.FOLLOWED_DRAFTS),
    /** A reply to a person's comment (event's account is the parent comment's author). */
    COMMENT_REPLY(Topic.REPLIES),
    /** The summary of a draft published: authors of proposals hear the decisions on theirs, participants and followers the summary. */
    SUMMARY_PUBLISHED(Topic.DECISIONS),
    /** A report arrived in an agency's inbox (for its editors). */
    REPORT_RECEIVED(Topic.AGENCY_INBOX),
    /** The agency's summary of a closed discussion is due (for its editors). */
    SUMMARY_DUE(Topic.AGENCY_INBOX),
    /** Expert applications are waiting for a decision (for administrators). */
    EXPERT_APPLICATIONS_WAITING(Topic.ADMIN_QUEUE);

    private final Topic topic;

    EventType(Topic topic) {
        this.topic = topic;
    }

    public Topic topic() {
        return topic;
    }
}
