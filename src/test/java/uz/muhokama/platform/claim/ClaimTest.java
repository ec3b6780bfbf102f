package uz.muhokama.platform.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClaimTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant STALE = NOW.minusSeconds(300);
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(3600));

    @Test
    void newWorkIsDueAtOnceAndOneInstanceClaimsIt() {
        Claim claim = Claim.pending(NOW);
        assertTrue(claim.isDue(NOW, STALE));
        claim.claim("a", NOW, STALE);
        assertEquals(Claim.State.RUNNING, claim.state());
        assertEquals(1, claim.attempts());
        assertTrue(claim.isHeldBy("a"));
        assertFalse(claim.isHeldBy("b"));
        assertFalse(claim.isDue(NOW, STALE), "a fresh claim is not due");
        assertThrows(IllegalStateException.class, () -> claim.claim("b", NOW, STALE));
    }

    @Test
    void aClaimNotRenewedIsTakenOverAndTheFormerHolderCanNoLongerFinish() {
        Claim claim = Claim.pending(NOW);
        claim.claim("a", NOW, STALE);
        Instant later = NOW.plusSeconds(200);
        claim.renew("a", later);
        assertFalse(
                claim.isDue(later.plusSeconds(299), later.plusSeconds(299).minusSeconds(300)), "renewed: still held");
        Instant muchLater = later.plusSeconds(301);
        assertTrue(claim.isDue(muchLater, muchLater.minusSeconds(300)));
        claim.claim("b", muchLater, muchLater.minusSeconds(300));
        assertEquals(2, claim.attempts());
        assertThrows(IllegalStateException.class, () -> claim.succeed("a", muchLater));
        assertThrows(IllegalStateException.class, () -> claim.renew("a", muchLater));
        claim.succeed("b", muchLater);
        assertEquals(Claim.State.DONE, claim.state());
    }

    @Test
    void successIsFinal() {
        Claim claim = Claim.pending(NOW);
        claim.claim("a", NOW, STALE);
        claim.succeed("a", NOW.plusSeconds(5));
        assertEquals(NOW.plusSeconds(5), claim.doneAt());
        assertTrue(claim.claimedBy().isEmpty());
        assertFalse(claim.isDue(NOW.plusSeconds(99_999), NOW.plusSeconds(99_999)));
        assertFalse(claim.retryNow(NOW), "nothing to try again");
    }

    @Test
    void aFailureWaitsLongerAfterEachAttemptUpToTheLongest() {
        Claim claim = Claim.pending(NOW);
        claim.claim("a", NOW, STALE);
        claim.fail("a", "java.net.ConnectException: refused", NOW, BACKOFF);
        assertEquals(Claim.State.FAILED, claim.state());
        assertEquals("java.net.ConnectException: refused", claim.lastError().orElseThrow());
        assertEquals(NOW.plusSeconds(30), claim.nextAttemptAt());
        assertFalse(claim.isDue(NOW.plusSeconds(29), STALE));
        Instant second = NOW.plusSeconds(30);
        claim.claim("a", second, STALE);
        claim.fail("a", "again", second, BACKOFF);
        assertEquals(second.plusSeconds(60), claim.nextAttemptAt());
        for (int i = 0; i < 10; i++) {
            Instant at = claim.nextAttemptAt();
            claim.claim("a", at, STALE);
            claim.fail("a", "again", at, BACKOFF);
            assertTrue(Duration.between(at, claim.nextAttemptAt()).toSeconds() <= 3600);
        }
        Instant at = claim.nextAttemptAt();
        claim.claim("a", at, STALE);
        claim.succeed("a", at);
        assertTrue(claim.lastError().isEmpty(), "a success clears the error");
    }

    @Test
    void anAdministratorBringsAFailedAttemptForward() {
        Claim claim = Claim.pending(NOW);
        claim.claim("a", NOW, STALE);
        claim.fail("a", "x".repeat(5000), NOW, BACKOFF);
        assertEquals(Claim.MAX_ERROR, claim.lastError().orElseThrow().length(), "kept to the column's size");
        assertTrue(claim.retryNow(NOW.plusSeconds(1)));
        assertTrue(claim.isDue(NOW.plusSeconds(1), STALE));
    }

    @Test
    void givingUpIsFinalAndKeepsTheError() {
        Claim claim = Claim.pending(NOW);
        claim.claim("a", NOW, STALE);
        claim.giveUp("a", "no such address", NOW);
        assertEquals(Claim.State.GIVEN_UP, claim.state());
        assertEquals("no such address", claim.lastError().orElseThrow());
        assertFalse(claim.isDue(NOW.plusSeconds(99_999), NOW.plusSeconds(99_999)));
        assertFalse(claim.retryNow(NOW));
        assertNull(claim.claimedBy().orElse(null));
    }
}
