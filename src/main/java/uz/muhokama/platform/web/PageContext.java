package uz.muhokama.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CsrfToken;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;

/** What every page's layout needs to know about the request; available in templates as {@code page}. */
@RequestScoped
public class PageContext {

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentLanguage currentLanguage;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CsrfToken csrfToken;

    @Inject
    Instance<InboxCount> inboxCount;

    @Inject
    Instance<FollowState> followState;

    /** Read once per page: the header may ask twice (the count and its label). */
    private Integer unread;

    public Language language() {
        return currentLanguage.get();
    }

    public String lang() {
        return language().tag();
    }

    // A page asks for these a dozen times (every display-setting link): read the cookies and the query once.
    private DisplayPreferences display;
    private String here;
    private String hereEncoded;

    public DisplayPreferences display() {
        if (display == null) {
            display = new DisplayPreferences(
                    Cookies.read(request, DisplayPreferences.FONT_COOKIE).orElse(null),
                    Cookies.read(request, DisplayPreferences.THEME_COOKIE).orElse(null));
        }
        return display;
    }

    public boolean signedIn() {
        return currentCaller.get().isPresent();
    }

    public String callerName() {
        return currentCaller.get().map(Caller::fullName).orElse("");
    }

    public boolean callerHas(String role) {
        return Role.parse(role)
                .flatMap(r -> currentCaller.get().map(c -> c.has(r)))
                .orElse(false);
    }

    /** The signed-in person's unread notifications (0 for anyone else, or with no feature counting them). */
    public int unread() {
        if (inboxCount == null) {
            return 0; // made by hand, not by CDI (a shared header's reader): no request to count for
        }
        if (unread == null) {
            unread = currentCaller
                    .get()
                    .filter(c -> inboxCount.isResolvable())
                    .map(c -> inboxCount.get().unread(c.accountId()))
                    .orElse(0);
        }
        return unread;
    }

    /** The id of the signed-in person's follow of a sector, agency, region ({@code code}) or draft (its number); null if none. */
    public Long followed(String target, String code) {
        return followId(Map.of("target", target, "draft".equals(target) ? "draft" : "code", code == null ? "" : code));
    }

    /** The id of the signed-in person's follow of a search of drafts with these filters and words; null if none. */
    public Long followedSearch(
            String q, String sector, String actType, String agency, String region, String from, String to) {
        Map<String, String> asked = new HashMap<>();
        asked.put("target", "search");
        asked.put("q", q);
        asked.put("sector", sector);
        asked.put("actType", actType);
        asked.put("agency", agency);
        asked.put("region", region);
        asked.put("from", from);
        asked.put("to", to);
        return followId(asked);
    }

    private Long followId(Map<String, String> asked) {
        if (followState == null || !followState.isResolvable()) {
            return null;
        }
        return currentCaller
                .get()
                .map(c -> followState.get().followId(c.accountId(), asked))
                .filter(OptionalLong::isPresent)
                .map(OptionalLong::getAsLong)
                .orElse(null);
    }

    /** The unread count as the header prints it: {@code 99+} where counting stopped. */
    public String unreadShown() {
        int count = unread();
        return inboxCount != null
                        && inboxCount.isResolvable()
                        && count >= inboxCount.get().cap()
                ? (inboxCount.get().cap() - 1) + "+"
                : Integer.toString(count);
    }

    public String csrf() {
        return csrfToken.value();
    }

    /** The path and query of this page without {@code lang}, for links that return here. */
    public String here() {
        if (here == null) {
            String query = request.getQueryString();
            String kept = query == null
                    ? ""
                    : Arrays.stream(query.split("&"))
                            .filter(p -> !p.isEmpty() && !p.startsWith(CurrentLanguage.QUERY_PARAM + "="))
                            .collect(Collectors.joining("&"));
            here = request.getRequestURI() + (kept.isEmpty() ? "" : "?" + kept);
        }
        return here;
    }

    /**
     * A value of this page's query ("" when absent): what a form's post/redirect/get came back to say, such
     * as the follow button's {@code followed}, which the page that holds the button shows.
     */
    public String param(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    public String path() {
        return request.getRequestURI();
    }

    /** This page in another language. */
    public String langUrl(String tag) {
        String here = here();
        return here + (here.contains("?") ? "&" : "?") + CurrentLanguage.QUERY_PARAM + "=" + tag;
    }

    /** A link that changes one display setting and comes back to this page. */
    public String displayUrl(String setting, String value) {
        return "/settings/display?" + setting + "=" + encode(value) + "&return=" + hereEncoded();
    }

    /** This page's address as a query parameter's value. */
    public String hereEncoded() {
        if (hereEncoded == null) {
            hereEncoded = encode(here());
        }
        return hereEncoded;
    }

    /** The setting values are plain words: those need no encoder (which costs a few hundred bytes each time). */
    static String encode(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.';
            if (!plain) {
                return URLEncoder.encode(value, StandardCharsets.UTF_8);
            }
        }
        return value;
    }
}
