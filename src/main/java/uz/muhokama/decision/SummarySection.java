package uz.muhokama.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import uz.muhokama.draft.DraftPageSection;
import uz.muhokama.draft.DraftStatus;
import uz.muhokama.draft.DraftView;

/** On the public draft page, once the agency published its decisions: the counts and a link to the summary. */
@ApplicationScoped
class SummarySection implements DraftPageSection {

    @Inject
    DecisionService decisions;

    /** The section's model: null (nothing shown) until the summary is published. */
    public record Model(String number, long accepted, long partlyAccepted, long rejected, Instant publishedAt) {}

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public Object model(DraftView draft, MultivaluedMap<String, String> query) {
        if (draft.status() != DraftStatus.SUMMARY_PUBLISHED) {
            return null;
        }
        return draft.currentPublicDraft()
                .flatMap(d -> decisions.published(d.id()))
                .map(s -> new Model(draft.number(), s.accepted(), s.partlyAccepted(), s.rejected(), s.publishedAt()))
                .orElse(null);
    }
}
