package uz.muhokama.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/** Every user-facing string, looked up in the uz/ru/en bundles {@code i18n/messages_*.properties}. */
@ApplicationScoped
public class Messages {

    static final String BUNDLE = "i18n.messages";
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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

    private static String pattern(Language language, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, language.locale(), Messages.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
