package uz.muhokama.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import uz.muhokama.platform.security.TokenKind;

/**
 * Proof of a sign-in. Only the SHA-256 of the token is stored, so a leaked table signs nobody in;
 * deleting the row signs the person out on every instance at once.
 */
@Entity
@Table(name = "auth_token")
class AuthToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private TokenKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected AuthToken() {}

    AuthToken(String tokenHash, Account account, TokenKind kind, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.kind = kind;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A token opens only the door it was made for, and only until it expires. */
    public boolean admits(TokenKind door, Instant now) {
        return kind == door && now.isBefore(expiresAt);
    }

    public Account account() {
        return account;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
