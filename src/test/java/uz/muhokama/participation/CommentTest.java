package uz.muhokama.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.Forbidden;

/** The rules a comment keeps itself: who edits and until when, withdrawal, hiding and restoring. */
class CommentTest {

    private static final Instant WRITTEN = Instant.parse("2026-11-25T05:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private static Comment comment() {
        return new Comment(
                100001,
                1,
                new CommentTarget("k-3", "3", "digest-v1"),
                null,
                new Comment.Author(7, "Aziza Karimova", "UZ-SA"),
                "Birinchi matn",
                WRITTEN);
    }

    @Test
    void theAuthorEditsWithinTheWindowAndTheOldTextIsReturnedForTheHistory() {
        Comment comment = comment();
        CommentRevision previous = comment.edit(7, "Yangi matn", WRITTEN.plus(Duration.ofMinutes(14)), WINDOW);
        assertEquals("Birinchi matn", previous.text());
        assertEquals(WRITTEN, previous.writtenAt());
        assertEquals("Yangi matn", comment.text());
        assertEquals(CommentText.fingerprint("Yangi matn"), comment.fingerprint(), "grouping follows the new text");
    }

    @Test
    void afterTheWindowOrBySomeoneElseAnEditIsRefused() {
        Comment comment = comment();
        Conflict late = assertThrows(
                Conflict.class, () -> comment.edit(7, "Kech", WRITTEN.plus(Duration.ofMinutes(16)), WINDOW));
        assertEquals("comment.edit.window-passed", late.messageKey());
        assertThrows(Forbidden.class, () -> comment.edit(8, "Begona", WRITTEN, WINDOW));
        assertThrows(Forbidden.class, () -> comment.withdraw(8, WRITTEN));
    }

    @Test
    void aHiddenCommentCanBeRestoredButNotWithdrawnAndAWithdrawnOneCannotBeHidden() {
        Comment hidden = comment();
        hidden.hide("Haqorat", WRITTEN);
        assertEquals(CommentState.HIDDEN, hidden.state());
        assertThrows(Conflict.class, () -> hidden.hide("Yana", WRITTEN));
        assertThrows(Conflict.class, () -> hidden.withdraw(7, WRITTEN));
        assertThrows(Conflict.class, () -> hidden.edit(7, "x", WRITTEN, WINDOW));
        hidden.restore("Xato", WRITTEN);
        assertEquals(CommentState.VISIBLE, hidden.state());

        Comment withdrawn = comment();
        withdrawn.withdraw(7, WRITTEN);
        assertThrows(Conflict.class, () -> withdrawn.hide("x", WRITTEN));
        assertThrows(Conflict.class, () -> withdrawn.restore("x", WRITTEN));
    }

    @Test
    void theCommentKnowsWhetherItsClauseReadsDifferentlyNow() {
        assertFalse(comment().clauseChangedSince("digest-v1"));
        assertTrue(comment().clauseChangedSince("digest-v2"));
    }
}
