package uz.muhokama.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Role;

/**
 * Takes over people who have an account elsewhere (the old portal's, the demo's) with their roles, as they
 * are: no registration form and no password policy, since they did not register here. An e-mail already
 * known is left as it is, so that taking the same people over twice adds nothing.
 */
@ApplicationScoped
public class HistoricAccounts {

    /** A person as the other system knows them; {@code agency} only with {@link Role#AGENCY}. */
    public record Person(
            String email, String fullName, String region, Language language, Set<Role> roles, String agency) {}

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    /** Creates the person's account with this password unless their e-mail has one already. */
    @Transactional
    public void createIfMissing(Person person, String password) {
        if (accounts.findByEmail(person.email()).isPresent()) {
            return;
        }
        Account account = new Account(
                person.email(),
                hasher.hash(password),
                person.fullName(),
                person.region(),
                person.language(),
                clock.instant());
        account.assignRoles(person.roles(), person.agency());
        accounts.add(account);
    }

    /** The id of the account with this e-mail, if there is one (to attribute the person's earlier work to it). */
    @Transactional
    public Optional<Long> idOf(String email) {
        return accounts.findByEmail(email).map(Account::id);
    }
}
