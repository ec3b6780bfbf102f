package uz.muhokama.draft;

import java.time.Instant;
import uz.muhokama.reference.ReferenceItem;

/**
 * A public draft as a feed lists it: its texts in one language, who drafted it and in which sector, its
 * discussion's window, when it was published, last changed (text, window, withdrawal or summary) and
 * withdrawn (null if not).
 */
public record ListedDraft(
        String number,
        String title,
        String summary,
        ReferenceItem sector,
        ReferenceItem agency,
        Instant opensAt,
        Instant closesAt,
        Instant publishedAt,
        Instant changedAt,
        Instant withdrawnAt) {}
