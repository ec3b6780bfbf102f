package uz.muhokama.draft;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * A part of the public draft page contributed by a later feature (participation, surveys), so that the
 * draft feature can show it without depending on that feature. The template includes the section's
 * fragment by {@link #name()} and hands it the model returned here.
 */
public interface DraftPageSection {

    String name();

    /** The section's model for one draft page view; {@code query} holds the page's query parameters. */
    Object model(DraftView draft, MultivaluedMap<String, String> query);
}
