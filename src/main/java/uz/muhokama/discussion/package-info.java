/**
 * Discussions: the timed window in which the public may take part in a draft. A discussion knows its
 * draft only by id. It decides whether it is scheduled, open or closed for any moment (so every page is
 * right before any job has run), enforces the window rules and extensions, and closes due discussions
 * with a scheduled job that records exactly one {@link uz.muhokama.discussion.DiscussionClosed} per
 * draft, even with several instances running the job. API: {@link uz.muhokama.discussion.DiscussionService},
 * {@link uz.muhokama.discussion.DiscussionView}, {@link uz.muhokama.discussion.DiscussionStatus}.
 * Publishes {@code DiscussionClosed} (CDI event after commit, and an outbox row).
 */
package uz.muhokama.discussion;
