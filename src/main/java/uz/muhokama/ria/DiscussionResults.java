package uz.muhokama.ria;

import java.time.Instant;
import java.util.Optional;

/**
 * The assessment's "public discussion results" section (domain brief, section 3: PP-5025 puts the
 * summary of proposals into the RIA report). It is filled from the published summary of proposals,
 * which the {@code decision} feature builds: until a {@link Source} supplies it, every assessment shows
 * it as pending ("after the discussion closes, the summary of proposals appears here").
 *
 * @param published whether a summary has been published
 * @param proposals how many proposals the summary answers (null while pending)
 * @param publishedAt when the summary was published (null while pending)
 * @param link where the summary is read (a page path; null while pending)
 * @param accepted proposals accepted (null while pending)
 * @param partlyAccepted proposals partly accepted (null while pending)
 * @param rejected proposals rejected, with reasons (null while pending)
 */
public record DiscussionResults(
        boolean published,
        Integer proposals,
        Instant publishedAt,
        String link,
        Long accepted,
        Long partlyAccepted,
        Long rejected) {

    public static final DiscussionResults PENDING = new DiscussionResults(false, null, null, null, null, null, null);

    /**
     * Implemented by the feature that publishes the summary of proposals, so that {@code ria} shows it
     * without depending on that feature (the dependency runs the other way: a report may read the
     * assessment through {@link RiaService#publishedFor}). {@code decision.SummaryResults} implements it.
     */
    public interface Source {

        /** The published summary of the draft's proposals, if there is one yet. */
        Optional<DiscussionResults> forDraft(long draftId);
    }
}
