package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/** Where public drafts stand, for jobs that look for what is due (the notification watch): withdrawn, summary published. */
@ApplicationScoped
public class DraftStandings {

    @Inject
    DraftRepository drafts;

    /** One public draft's standing. */
    public record Standing(long draftId, String agencyCode, boolean withdrawn, boolean summaryPublished) {}

    /** The standings of the public drafts among {@code ids}, in one query; others are left out. */
    @Transactional
    public List<Standing> of(Collection<Long> ids) {
        return drafts.standings(ids).stream()
                .map(r -> new Standing((Long) r[0], (String) r[1], r[2] == DraftState.WITHDRAWN, r[3] != null))
                .toList();
    }
}
