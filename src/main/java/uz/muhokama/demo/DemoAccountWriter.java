package uz.muhokama.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uz.muhokama.account.HistoricAccounts;

/** Writes one demo account in its own transaction, so that one clash does not undo the others. */
@ApplicationScoped
class DemoAccountWriter {

    @Inject
    HistoricAccounts accounts;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void createIfMissing(HistoricAccounts.Person demo, String password) {
        accounts.createIfMissing(demo, password);
    }
}
