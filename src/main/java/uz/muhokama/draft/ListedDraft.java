package uz.muhokama.draft;

import java.time.Instant;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
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
        Instant withdrawnAt) {

    /** The title for a feed entry, a transliteration saying so in words ({@link ShownText#plain}). */
    public String titlePlain(Messages messages, Language reader) {
        return ShownText.plain(title, titleGenerated, messages, reader);
    }

    /** The summary likewise. */
    public String summaryPlain(Messages messages, Language reader) {
        return ShownText.plain(summary, summaryGenerated, messages, reader);
    }
}
