package uz.muhokama.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Every user-facing string, looked up in the bundles {@code i18n/messages_*.properties}: {@code uz}, {@code
 * uz_Cyrl} (ResourceBundle's name for uz-Cyrl), {@code ru} and {@code en}.
 */
@ApplicationScoped
public class Messages {

    static final String BUNDLE = "i18n.messages";
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Bundles are read once per language: pages ask for a hundred messages per view. */
    private final Map<Language, Map<String, String>> bundles = new EnumMap<>(Language.class);
    /** Per language: a parsed pattern of each message that takes arguments. */
    private final Map<Language, Map<String, Object>> formats = new EnumMap<>(Language.class);

    public Messages() {
        for (Language language : Language.values()) {
            ResourceBundle bundle =
                    ResourceBundle.getBundle(BUNDLE, language.locale(), Messages.class.getClassLoader(), NO_FALLBACK);
            if (!bundle.getLocale().equals(language.locale())) {
                // ResourceBundle would quietly serve a parent (uz for uz-Cyrl): a missing file must not go unseen.
                throw new IllegalStateException("No message bundle of its own for " + language.tag());
            }
            Map<String, String> patterns = new HashMap<>();
            bundle.keySet().forEach(key -> patterns.put(key, bundle.getString(key)));
            bundles.put(language, Map.copyOf(patterns));
            formats.put(language, new ConcurrentHashMap<>());
        }
    }

    public String get(Language language, String key, Object... args) {
        String pattern = pattern(language, key);
        if (pattern == null) {
            LOG.warning(() -> "Missing message key '" + key + "' for " + language.tag());
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object format = formats.get(language)
                .computeIfAbsent(
                        key,
                        k -> PlainPattern.parse(pattern)
                                .<Object>map(plain -> plain)
                                .orElseGet(() -> new MessageFormat(pattern, language.locale())));
        if (format instanceof PlainPattern plain) {
            String formatted = plain.format(args, numberFormat(language));
            if (formatted != null) {
                return formatted;
            }
            format = new MessageFormat(pattern, language.locale());
        }
        // A parsed format is copied for each use: formats are not thread-safe.
        return ((MessageFormat) ((MessageFormat) format).clone()).format(args);
    }

    private static NumberFormat numberFormat(Language language) {
        return NUMBER_FORMATS.get().computeIfAbsent(language, l -> NumberFormat.getInstance(l.locale()));
    }

    private static final ThreadLocal<Map<Language, NumberFormat>> NUMBER_FORMATS =
            ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));

    /**
     * A pattern whose only placeholders are {@code {0}}, {@code {1}}…, without quotes or format types:
     * most of ours. Pages format a few dozen of them per view, and parsing or copying a
     * {@code MessageFormat} each time cost more than the rest of the lookup. Formats exactly as
     * {@code MessageFormat} does: numbers with the language's number format, other values as text.
     */
    record PlainPattern(List<String> literals, int[] arguments) {

        static Optional<PlainPattern> parse(String pattern) {
            List<String> literals = new ArrayList<>();
            List<Integer> arguments = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '\'' || c == '}') {
                    return Optional.empty();
                }
                if (c != '{') {
                    literal.append(c);
                    continue;
                }
                int end = pattern.indexOf('}', i);
                String index = end < 0 ? "" : pattern.substring(i + 1, end);
                if (index.isEmpty() || index.length() > 2 || !index.chars().allMatch(Character::isDigit)) {
                    return Optional.empty();
                }
                literals.add(literal.toString());
                literal.setLength(0);
                arguments.add(Integer.parseInt(index));
                i = end;
            }
            literals.add(literal.toString());
            return Optional.of(new PlainPattern(
                    List.copyOf(literals),
                    arguments.stream().mapToInt(Integer::intValue).toArray()));
        }

        /** The text, or null when an argument is of a kind only {@code MessageFormat} formats (dates). */
        String format(Object[] args, NumberFormat numbers) {
            StringBuilder text = new StringBuilder(literals.get(0));
            for (int i = 0; i < arguments.length; i++) {
                int index = arguments[i];
                if (index >= args.length) {
                    text.append('{').append(index).append('}');
                } else if (args[index] instanceof Number number) {
                    text.append(numbers.format(number));
                } else if (args[index] instanceof Date) {
                    return null;
                } else {
                    text.append(args[index]);
                }
                text.append(literals.get(i + 1));
            }
            return text.toString();
        }
    }

    public boolean has(Language language, String key) {
        return pattern(language, key) != null;
    }

    private String pattern(Language language, String key) {
        return key == null ? null : bundles.get(language).get(key);
    }
}
