package uz.muhokama.platform.web;

import jakarta.enterprise.inject.Vetoed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.util.EscapedAttributeUtils;
import uz.muhokama.platform.Internal;
import uz.muhokama.platform.cache.CachePolicy;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.cache.SharedCache;
import uz.muhokama.platform.i18n.Language;

/**
 * The layout's header as anonymous readers see it, rendered once per language and display settings
 * and completed for each page with that page's own addresses.
 *
 * <p>Why: the header (language links, display settings, menu) was about a quarter of a page's
 * rendering, the same on every anonymous page except for the addresses its links return to
 * (docs/benchmarks.md). It is rendered here with marks in place of those addresses, and each page
 * puts its addresses, escaped as Thymeleaf escapes an attribute, where the marks are. Templates and
 * message bundles do not change while the portal runs, so nothing kept here ever goes stale, and
 * there are at most 3 languages × 4 fonts × 4 themes entries. Signed-in readers' headers carry their
 * name, roles and form token and are always rendered in full.
 */
@Internal
final class SharedHeaders {

    /** Renders the layout's header alone; the template holds nothing else. */
    static final String TEMPLATE = "layout-header";

    /** The model variable the layout's header fragment prints instead of rendering itself. */
    static final String VARIABLE = "sharedHeader";

    // Plain letters and dashes: neither Thymeleaf's attribute escaping nor URL encoding changes them.
    private static final String LANG_URL_MARK = "muhokama-shared-header-lang-url-";
    private static final String RETURN_MARK = "muhokama-shared-header-return";

    /** The mark of {@code uz} begins the mark of {@code uz-Cyrl}: the longer is replaced first. */
    private static final List<Language> LONGEST_TAG_FIRST = Arrays.stream(Language.values())
            .sorted(Comparator.comparingInt((Language l) -> l.tag().length()).reversed())
            .toList();

    private final TemplateEngine engine;
    private final SharedCache<String, String> marked;

    SharedHeaders(TemplateEngine engine, Caches caches) {
        this.engine = engine;
        this.marked = caches.create(CachePolicy.<String>named("anonymous-headers")
                .withMaxEntries((long) Language.values().length
                        * DisplayPreferences.FONTS.size()
                        * DisplayPreferences.THEMES.size())
                .withFreshFor(CachePolicy.FOREVER));
    }

    /** The header for an anonymous reader of the page {@code page} describes. */
    String headerFor(PageContext page) {
        Language language = page.language();
        DisplayPreferences display = page.display();
        String header = marked.get(
                language.tag() + '|' + display.font() + '|' + display.theme(), () -> render(language, display));
        header = header.replace(RETURN_MARK, attribute(page.hereEncoded()));
        for (Language other : LONGEST_TAG_FIRST) {
            header = header.replace(LANG_URL_MARK + other.tag(), attribute(page.langUrl(other.tag())));
        }
        return header;
    }

    /** Escaped as Thymeleaf escapes an attribute's value, so that the page is the one it would render. */
    private static String attribute(String value) {
        return EscapedAttributeUtils.escapeAttribute(TemplateMode.HTML, value);
    }

    private String render(Language language, DisplayPreferences display) {
        Context context = new Context(language.locale());
        context.setVariable("page", new MarkedAnonymousReader(language, display));
        return engine.process(TEMPLATE, context);
    }

    /**
     * An anonymous reader whose page addresses are marks, to be replaced by each page's own. Made here, never
     * injected: vetoed, or CDI would take it for a request-scoped bean (PageContext's scope is inherited) and warn
     * at every start that it cannot be one.
     */
    @Vetoed
    private static final class MarkedAnonymousReader extends PageContext {
        private final Language language;
        private final DisplayPreferences display;

        MarkedAnonymousReader(Language language, DisplayPreferences display) {
            this.language = language;
            this.display = display;
        }

        @Override
        public Language language() {
            return language;
        }

        @Override
        public DisplayPreferences display() {
            return display;
        }

        @Override
        public boolean signedIn() {
            return false;
        }

        @Override
        public String callerName() {
            return "";
        }

        @Override
        public boolean callerHas(String role) {
            return false;
        }

        @Override
        public String csrf() {
            throw new IllegalStateException("an anonymous header holds no form");
        }

        @Override
        public String here() {
            throw new IllegalStateException("the shared header uses langUrl and displayUrl for page addresses");
        }

        @Override
        public String path() {
            return here();
        }

        @Override
        public String hereEncoded() {
            return RETURN_MARK;
        }

        @Override
        public String langUrl(String tag) {
            return LANG_URL_MARK + tag;
        }
    }
}
