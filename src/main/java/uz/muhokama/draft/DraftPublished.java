package uz.muhokama.draft;

import java.time.LocalDate;
import java.util.Set;

/**
 * A draft was published for discussion (the first time; a new version of a public draft is not a new
 * draft). Fired inside the publishing transaction, so observers that write rows commit with it. The
 * match columns are the draft's at that moment; {@code words} are its search words normalised exactly as
 * the drafts search indexes them (SearchText.terms of the search text), so a saved search's words
 * match a new draft the way the search would find it.
 */
public record DraftPublished(
        long draftId,
        String sectorCode,
        String agencyCode,
        String regionCode,
        String actTypeCode,
        LocalDate opensOn,
        Set<String> words) {}
