package uz.muhokama.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/** Every user-facing string, looked up in the uz/ru/en bundles {@code i18n/messages_*.properties}. */
@ApplicationScoped
public class Messages {

    static final String BUNDLE = "i18n.messages";
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Bundles are read once per language: pages ask for a hundred messages per view. */
    private final java.util.Map<Language, java.util.Map<String, String>> bundles = new java.util.EnumMap<>(Language.class);

    public Messages() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), Messages.class.getClassLoader(), NO_FALLBACK);
            java.util.Map<String, String> patterns = new java.util.HashMap<>();
            bundle.keySet().forEach(key -> patterns.put(key, bundle.getString(key)));
            bundles.put(language, java.util.Map.copyOf(patterns));
        }
    }

    public String get(Language language, String key, Object... args) {
        String pattern = pattern(language, key);
        if (pattern == null) {
            LOG.warning(() -> "Missing message key '" + key + "' for " + language.tag());
            return key;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    public boolean has(Language language, String key) {
        return pattern(language, key) != null;
    }

    private String pattern(Language language, String key) {
        return key == null ? null : bundles.get(language).get(key);
    }
}
