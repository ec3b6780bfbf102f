package uz.muhokama.platform.web;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Whether the signed-in person already follows what a page offers to follow, so that its follow button
 * says so and offers to stop instead. A feature implements it (notifications), as it does
 * {@link InboxCount}, so that the pages of a draft, a sector and the search show the state while neither
 * they nor the platform know of follows.
 */
public interface FollowState {

    /**
     * The id of the person's follow of what {@code asked} names, or empty. {@code asked} holds the follow
     * form's own fields: {@code target} ({@code sector}, {@code agency}, {@code region}, {@code draft},
     * {@code search}), then {@code code}, {@code draft} (its number), or the search's {@code q},
     * {@code sector}, {@code actType}, {@code agency}, {@code region}, {@code from} and {@code to}.
     */
    OptionalLong followId(long accountId, Map<String, String> asked);
}
