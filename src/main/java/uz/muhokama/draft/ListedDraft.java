package uz.muhokama.draft;

import java.time.Instant;
import uz.muhokama.reference.ReferenceItem;

/**
 * A public draft as a feed lists it: its texts in one language, who drafted it and in which sector, its
 * discussion's window, when it was published, last changed (text, window, withdrawal or summary) and
 * withdrawn (null if not). {@code titleGenerated} and {@code summaryGenerated} say where a text is the
 * portal's transliteration rather than the agency's official text (see {@link ShownText}).
 */
public record ListedDraft(
        String number,
        String title,
        boolean titleGenerated,
        String summary,
        boolean summaryGenerated,
        ReferenceItem sector,
        ReferenceItem agency,
        Instant opensAt,
        Instant closesAt,
        Instant publishedAt,
        Instant changedAt,
        Instant withdrawnAt) {}
