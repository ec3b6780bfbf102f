package uz.muhokama.notification;

/**
 * What a notification is about, as people choose how often they hear of it: each topic has its own
 * {@link Frequency} per person, and a default for those who never chose.
 */
public enum Topic {
    /** A new draft published for discussion that matches a sector, agency, region or saved search followed. */
    NEW_DRAFTS(Frequency.DAILY),
    /** A followed draft: closing in 3 days, extended, withdrawn, closed. */
    FOLLOWED_DRAFTS(Frequency.INSTANT),
    /** A reply to one's comment. */
    REPLIES(Frequency.INSTANT),
    /** Decisions on one's proposals, and the published summary of a draft one took part in. */
    DECISIONS(Frequency.INSTANT),
    /** For an agency's editors: a new report in the inbox, a summary that is due. */
    AGENCY_INBOX(Frequency.INSTANT),
    /** For administrators: expert applications waiting. */
    ADMIN_QUEUE(Frequency.DAILY);

    private final Frequency byDefault;

    Topic(Frequency byDefault) {
        this.byDefault = byDefault;
    }

    /** How often people who never chose hear of it. */
    public Frequency byDefault() {
        return byDefault;
    }

    /** The bundle key of the topic's name ({@code notification.topic.new-drafts}). */
    public String messageKey() {
        return "notification.topic." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
