package uz.muhokama.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Writes one demo account in its own transaction, so that one clash does not undo the others. */
@ApplicationScoped
class DemoAccountWriter {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void createIfMissing(DemoAccounts.Demo demo, String password) {
        if (accounts.findByEmail(demo.email()).isPresent()) {
            return;
        }
        Account account = new Account(demo.email(), hasher.hash(password), demo.fullName(), demo.region(),
                demo.language(), clock.instant());
        account.assignRoles(demo.roles(), demo.agency());
        accounts.add(account);
    }
}
