package uz.muhokama.platform.web;

/**
 * What waits for the signed-in person in the portal, for the count in every page's header. A feature
 * implements it (notifications), so that the layout shows the count while the platform depends on no
 * feature, as {@code account.ProfileSection} lets features add to the profile page. Read on every page a
 * signed-in person opens: an implementation counts no further than {@link #cap()}.
 */
public interface InboxCount {

    /** The person's unread items, at most {@link #cap()}. */
    int unread(long accountId);

    /** Where counting stops: a count this high is shown as "at least" ({@code 99+}). */
    int cap();
}
