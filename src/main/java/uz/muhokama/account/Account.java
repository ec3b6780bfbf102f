package uz.muhokama.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Role;

/** A registered person: who they are, where they live, which language they read, what they may do. */
@Entity
@Table(name = "user_account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    @Column(name = "agency_code")
    private String agencyCode;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {}

    /** A new citizen account. E-mail addresses compare without regard to case. */
    public Account(
            String email, String passwordHash, String fullName, String regionCode, Language language, Instant now) {
        this.email = normalizeEmail(email);
        this.passwordHash = passwordHash;
        this.fullName = fullName.trim();
        this.regionCode = regionCode;
        this.preferredLanguage = language.tag();
        this.createdAt = now;
        this.roles = EnumSet.of(Role.CITIZEN);
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Replaces the roles. Everyone stays a CITIZEN; AGENCY needs exactly one agency, and an agency
     * without the AGENCY role makes no sense.
     */
    public void assignRoles(Set<Role> newRoles, String newAgencyCode) {
        boolean agencyRole = newRoles.contains(Role.AGENCY);
        boolean agencyGiven = newAgencyCode != null && !newAgencyCode.isBlank();
        if (agencyRole && !agencyGiven) {
            throw new InvalidInput("agency", "account.roles.agency-required");
        }
        if (!agencyRole && agencyGiven) {
            throw new InvalidInput("agency", "account.roles.agency-without-role");
        }
        EnumSet<Role> granted = EnumSet.of(Role.CITIZEN);
        granted.addAll(newRoles);
        roles.clear();
        roles.addAll(granted);
        agencyCode = agencyRole ? newAgencyCode : null;
    }

    /** Adds one role, keeping the others (and the agency of an AGENCY account). */
    public void grant(Role role) {
        if (role == Role.AGENCY) {
            throw new InvalidInput("roles", "account.roles.agency-required");
        }
        roles.add(role);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String fullName() {
        return fullName;
    }

    public String regionCode() {
        return regionCode;
    }

    public Language language() {
        return Language.fromTag(preferredLanguage).orElse(Language.DEFAULT);
    }

    public String agencyCode() {
        return agencyCode;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
