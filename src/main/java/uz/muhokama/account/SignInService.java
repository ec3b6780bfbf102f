package uz.muhokama.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.error.NotSignedIn;
import uz.muhokama.platform.error.RateLimit;
import uz.muhokama.platform.error.TooManyAttempts;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CallerLookup;
import uz.muhokama.platform.security.TokenKind;

/**
 * Signing in and out. After too many wrong passwords in a row an account is locked for a while, even
 * against the right password; the count lives in the database, so every instance enforces it.
 */
@ApplicationScoped
class SignInService implements CallerLookup {

    @Inject
    AccountRepository accounts;

    @Inject
    AuthTokenRepository tokens;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.sign-in.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "muhokama.sign-in.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "muhokama.session.hours", defaultValue = "12")
    int sessionHours;

    @Inject
    @ConfigProperty(name = "muhokama.api-token.days", defaultValue = "30")
    int apiTokenDays;

    /**
     * Checks the password and issues a token for the given door. Wrong password and unknown e-mail
     * answer alike (401), so the answer does not reveal who is registered.
     */
    @Transactional(dontRollbackOn = {NotSignedIn.class, TooManyAttempts.class})
    public IssuedToken signIn(Credentials credentials, TokenKind kind) {
        Instant now = clock.instant();
        String email = credentials == null ? null : credentials.email();
        String password = credentials == null ? null : credentials.password();
        Optional<Account> found = email == null ? Optional.empty() : accounts.findByEmail(email);
        if (found.isEmpty()) {
            hasher.spendDecoyCheck(password);
            throw new NotSignedIn("account.sign-in.failed");
        }
        Account account = found.get();
        if (account.lockedAt(now)) {
            // Stated as a quota of wrong passwords whose window is the lock: they count in a row, with no
            // window of their own, and the lock is what the caller waits out.
            long secondsLeft = Duration.between(now, account.lockedUntil()).toSeconds() + 1;
            RateLimit limit = RateLimit.exhausted(
                    "sign-in", maxFailures, Duration.ofMinutes(lockMinutes).toSeconds(), secondsLeft);
            throw new TooManyAttempts(limit, "account.sign-in.locked", minutesLeft(account, now));
        }
        if (!hasher.matches(password, account.passwordHash())) {
            accounts.recordFailedSignIn(account.id(), maxFailures, now.plus(Duration.ofMinutes(lockMinutes)));
            throw new NotSignedIn("account.sign-in.failed");
        }
        accounts.clearFailedSignIns(account.id());
        String raw = Tokens.newRawToken();
        Instant expiresAt =
                now.plus(kind == TokenKind.SESSION ? Duration.ofHours(sessionHours) : Duration.ofDays(apiTokenDays));
        tokens.add(new AuthToken(Tokens.fingerprint(raw), account, kind, now, expiresAt));
        return IssuedToken.bearer(raw, expiresAt);
    }

    /** Ends the sign-in this token proves, on every instance. Unknown tokens are quietly ignored. */
    @Transactional
    public void signOut(String rawToken) {
        if (rawToken != null && !rawToken.isBlank()) {
            tokens.deleteByFingerprint(Tokens.fingerprint(rawToken));
        }
    }

    /**
     * Outside a transaction of its own: every signed-in request comes through here before its resource
     * runs, and the one read it makes needs none (docs/benchmarks.md).
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> findByToken(String rawToken, TokenKind kind) {
        Instant now = clock.instant();
        return tokens.findByFingerprint(Tokens.fingerprint(rawToken))
                .filter(token -> token.admits(kind, now))
                .map(AuthToken::account)
                .map(a -> new Caller(a.id(), a.fullName(), a.roles(), a.agencyCode(), a.language(), a.regionCode()));
    }

    Duration sessionLength() {
        return Duration.ofHours(sessionHours);
    }

    private static long minutesLeft(Account account, Instant now) {
        return Math.max(1, Duration.between(now, account.lockedUntil()).toMinutes() + 1);
    }
}
