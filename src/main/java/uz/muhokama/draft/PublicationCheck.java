package uz.muhokama.draft;

import java.time.Instant;

/**
 * A rule a later feature adds to publishing a draft, so that {@code draft} can enforce it without
 * depending on that feature (the regulatory impact assessment implements it: a draft that needs one is
 * not published without a completed one). Every implementation runs inside the publishing transaction,
 * with the draft's row locked, so what a check read cannot change before the draft is public.
 */
public interface PublicationCheck {

    /** Throws {@link PublicationRefused} (or another {@code AppException}) if the draft may not be published now. */
    void check(AgencyDraft draft);

    /**
     * The draft is being published at {@code at}, every check having passed; the feature may record it on
     * its own data. Runs in the same transaction, so a later failure undoes it too.
     */
    default void published(AgencyDraft draft, Instant at) {}
}
