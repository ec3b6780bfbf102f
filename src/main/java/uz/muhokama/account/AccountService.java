package uz.muhokama.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.error.Conflict;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.error.Validation;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.persistence.IdBatches;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceList;

/** Registration, profiles and role management. */
@ApplicationScoped
public class AccountService {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    ReferenceCatalog reference;

    @Inject
    Validation validation;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muhokama.password.min-length", defaultValue = "10")
    int passwordMinLength;

    /** Registers a citizen. A taken e-mail is a conflict; every other problem is listed per field. */
    @Transactional
    public Account register(NewAccount registration) {
        List<FieldError> problems = new ArrayList<>(validation.violations(registration));
        if (registration != null) {
            problems.addAll(new PasswordPolicy(passwordMinLength).check(registration.password(), registration.email()));
            if (registration.region() != null
                    && !registration.region().isBlank()
                    && !reference.exists(ReferenceList.REGIONS, registration.region())) {
                problems.add(new FieldError("region", "account.region.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (accounts.findByEmail(registration.email()).isPresent()) {
            throw new Conflict("account.email.taken");
        }
        Account account = new Account(
                registration.email(),
                hasher.hash(registration.password()),
                registration.fullName(),
                registration.region(),
                Language.fromTag(registration.language()).orElse(Language.DEFAULT),
                clock.instant());
        try {
            return accounts.add(account);
        } catch (PersistenceException raceWithAnotherRegistration) {
            throw new Conflict("account.email.taken");
        }
    }

    /** The signed-in caller's own account. */
    @Transactional
    public AccountView me(Language language) {
        Caller caller = currentCaller.require();
        return view(accounts.find(caller.accountId()).orElseThrow(ResourceNotFound::new), language);
    }

    /** An account, for its owner or an administrator; everyone else is told it does not exist. */
    @Transactional
    public AccountView get(long id, Language language) {
        Caller caller = currentCaller.require();
        if (caller.accountId() != id && !caller.has(Role.ADMIN)) {
            throw new ResourceNotFound();
        }
        return view(accounts.find(id).orElseThrow(ResourceNotFound::new), language);
    }

    /** Only an administrator grants or revokes roles. */
    @Transactional
    public AccountView assignRoles(long id, RoleAssignment assignment, Language language) {
        currentCaller.requireAny(Role.ADMIN);
        if (assignment == null || assignment.roles() == null) {
            throw new InvalidInput("roles", "account.roles.required");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : assignment.roles()) {
            roles.add(Role.parse(name).orElseThrow(() -> new InvalidInput("roles", "account.roles.unknown", name)));
        }
        String agency = assignment.agency() == null || assignment.agency().isBlank() ? null : assignment.agency();
        if (agency != null && !reference.exists(ReferenceList.AGENCIES, agency)) {
            throw new InvalidInput("agency", "account.agency.unknown");
        }
        Account account = accounts.find(id).orElseThrow(ResourceNotFound::new);
        account.assignRoles(roles, agency);
        return view(account, language);
    }

    /**
     * Grants one more role (administrators only), as when an application to be an expert is approved;
     * takes part in the caller's transaction, so the grant and what led to it are stored together.
     */
    @Transactional
    public void grant(long id, Role role) {
        currentCaller.requireAny(Role.ADMIN);
        accounts.find(id).orElseThrow(ResourceNotFound::new).grant(role);
    }

    public int passwordMinLength() {
        return passwordMinLength;
    }

    Optional<Account> findByEmail(String email) {
        return accounts.findByEmail(email);
    }

    /** Who a person is to the things they write (comments, answers): their id, name and the region they gave. */
    public record Author(long id, String fullName, String regionCode) {}

    /** The author with this e-mail, for records imported with their author's address (historic data, the demo). */
    @Transactional
    public Optional<Author> authorByEmail(String email) {
        return accounts.findByEmail(email).map(a -> new Author(a.id(), a.fullName(), a.regionCode()));
    }

    AccountView view(Account account, Language language) {
        return new AccountView(
                account.id(),
                account.email(),
                account.fullName(),
                reference
                        .find(ReferenceList.REGIONS, account.regionCode(), language)
                        .orElse(null),
                account.language().tag(),
                account.roles().stream().map(Role::name).sorted().toList(),
                reference
                        .find(ReferenceList.AGENCIES, account.agencyCode(), language)
                        .orElse(null),
                account.createdAt());
    }

    /** The region each of some accounts gave, for counts by region (a thousand ids per query). */
    @Transactional
    public Map<Long, String> regionsOf(Collection<Long> accountIds) {
        Map<Long, String> regions = new HashMap<>();
        IdBatches.of(accountIds).forEach(batch -> regions.putAll(accounts.regionsOf(batch)));
        return regions;
    }

    /** How to write to a person: their address, name and language (for messages the portal sends them). */
    public record Contact(String email, String fullName, Language language) {}

    @Transactional
    public Optional<Contact> contactOf(long accountId) {
        return accounts.find(accountId).map(a -> new Contact(a.email(), a.fullName(), a.language()));
    }

    /** The accounts that edit for an agency (role AGENCY of that agency), for what its inbox receives. */
    @Transactional
    public List<Long> editorsOf(String agencyCode) {
        return agencyCode == null ? List.of() : accounts.withRole(Role.AGENCY, agencyCode);
    }

    /** The administrators' accounts, for the queues they look after. */
    @Transactional
    public List<Long> administrators() {
        return accounts.withRole(Role.ADMIN, null);
    }

    /** How to write to each of some people, a thousand ids per query (mailings); missing ids are left out. */
    @Transactional
    public Map<Long, Contact> contactsOf(Collection<Long> accountIds) {
        Map<Long, Contact> contacts = new HashMap<>();
        IdBatches.of(accountIds)
                .forEach(batch -> accounts.findAll(batch)
                        .forEach(a -> contacts.put(a.id(), new Contact(a.email(), a.fullName(), a.language()))));
        return contacts;
    }
}
