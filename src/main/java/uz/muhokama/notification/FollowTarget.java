package uz.muhokama.notification;

/** What a subscription follows. */
public enum FollowTarget {
    SECTOR,
    AGENCY,
    REGION,
    /** A saved search: the drafts search's filters and words. */
    SEARCH,
    /** One draft: its discussion closing, extended, withdrawn, closed, and its summary. */
    DRAFT
}
