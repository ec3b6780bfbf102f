package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.View;

/**
 * Builds the public draft page with every section other features contribute. Those features call it
 * too, to show the page again with their own model (a rejected comment with its messages, say).
 */
@ApplicationScoped
public class DraftPageViews {

    @Inject
    @Any
    Instance<DraftPageSection> sections;

    @Inject
    PortalTimeZone timeZone;

    /** The page; {@code overrides} replaces a section's model by name. */
    public View of(DraftView draft, MultivaluedMap<String, String> query, Map<String, Object> overrides) {
        Map<String, Object> models = new LinkedHashMap<>();
        for (DraftPageSection section : sections) {
            models.put(
                    section.name(),
                    overrides.containsKey(section.name())
                            ? overrides.get(section.name())
                            : section.model(draft, query));
        }
        return View.of("draft/draft")
                .with("draft", draft)
                .with("time", timeZone)
                .with("sections", models);
    }

    /** Reads the draft and every section in one transaction: one connection and one commit per view. */
    @Transactional
    public View read(Supplier<DraftView> draft, MultivaluedMap<String, String> query) {
        return of(draft.get(), query, Map.of());
    }
}
