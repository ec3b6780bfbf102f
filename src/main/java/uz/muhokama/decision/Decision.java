package uz.muhokama.decision;

import java.util.Locale;
import java.util.Optional;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;

/**
 * What the agency decided on a proposal: accepted, or partly accepted or rejected, each of the last
 * two with a reason (a reasoned refusal is the rule; "partly" refines it as comparable portals do).
 */
public enum Decision {
    ACCEPTED("accepted", "report.decision.accepted"),
    PARTLY_ACCEPTED("partlyAccepted", "report.decision.partly-accepted"),
    REJECTED("rejected", "report.decision.rejected");

    private final String code;
    private final String labelKey;

    Decision(String code, String labelKey) {
        this.code = code;
        this.labelKey = labelKey;
    }

    /** As the API writes it: {@code accepted}, {@code partlyAccepted}, {@code rejected}. */
    public String code() {
        return code;
    }

    public String label(Messages messages, Language language) {
        return messages.get(language, labelKey);
    }

    public boolean needsReason() {
        return this != ACCEPTED;
    }

    /**
     * A decision as typed or chosen: its code, or its label in any of the portal's languages (a workbook
     * filled in one language may be uploaded by an editor reading another), ignoring case and spaces.
     */
    public static Optional<Decision> parse(String value, Messages messages) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalize(value);
        for (Decision d : values()) {
            if (normalize(d.code).equals(wanted) || normalize(d.name()).equals(wanted)) {
                return Optional.of(d);
            }
            for (Language language : Language.values()) {
                if (normalize(d.label(messages, language)).equals(wanted)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    private static String normalize(String value) {
        return value.strip().replaceAll("[\\s_-]+", "").toLowerCase(Locale.ROOT);
    }
}
