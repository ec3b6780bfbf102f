package uz.muhokama.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import uz.muhokama.account.HistoricAccounts;
import uz.muhokama.decision.DecisionInput;
import uz.muhokama.decision.HistoricDecisions;
import uz.muhokama.platform.persistence.SeedMarkers;

/** Decides on the demo proposals and publishes the summary in one transaction of its own, claimed by a seed marker. */
@ApplicationScoped
class DemoDecisionWriter {

    static final String MARKER = "demo-decisions";

    /** Decisions in turn, with reasons, for the demo proposals (newest first). */
    private static final List<DecisionInput> IN_TURN = List.of(
            new DecisionInput(
                    null,
                    "partlyAccepted",
                    "Taʼrif loyihaga kiritildi, ammo havola oʻrniga Soliq kodeksidagi toʻliq matn berildi."),
            new DecisionInput(
                    null,
                    "rejected",
                    "Imtiyoz barcha kichik biznes subyektlariga teng qoʻllaniladi; hisobot intizomi alohida nazorat qilinadi."),
            new DecisionInput(null, "accepted", null),
            new DecisionInput(null, "accepted", null),
            new DecisionInput(
                    null,
                    "rejected",
                    "Stavkani bir yilda 2 foizga tushirish byudjet barqarorligiga xavf soladi; 2028-yilda qayta koʻrib chiqiladi."));

    @Inject
    HistoricDecisions decisions;

    @Inject
    HistoricAccounts accounts;

    @Inject
    SeedMarkers markers;

    @Inject
    Clock clock;

    /** Claims the seed marker and decides: of two instances at once, one publishes; false when done before. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean decideOnce(String draftNumber) {
        if (markers.alreadySeeded(MARKER)) {
            return false;
        }
        markers.claim(MARKER, clock.instant());
        long editor = accounts.idOf("economy@demo.muhokama.uz").orElse(0L);
        AtomicInteger turn = new AtomicInteger();
        decisions.decideAndPublish(draftNumber, editor, p -> {
            DecisionInput d = IN_TURN.get(turn.getAndIncrement() % IN_TURN.size());
            return new DecisionInput(p.id(), d.decision(), d.reason());
        });
        return true;
    }
}
