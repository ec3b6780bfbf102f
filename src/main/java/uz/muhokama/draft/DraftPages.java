package uz.muhokama.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.AnonymousPages;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.PageContext;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.ThymeleafViewWriter;
import uz.muhokama.platform.web.View;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceList;

/**
 * The public pages of drafts: the home page, search with filters in the URL (shareable), a sector's
 * open discussions, and a draft with its clauses, window and versions.
 */
@ApplicationScoped
@Path("")
@Produces(MediaType.TEXT_HTML)
public class DraftPages {

    @Inject
    DraftService drafts;

    @Inject
    ReferenceCatalog reference;

    @Inject
    CurrentLanguage language;

    @Inject
    PortalTimeZone timeZone;

    @Inject
    Messages messages;

    @Inject
    DraftPageViews draftPage;

    @Context
    UriInfo uri;

    @Inject
    PageContext page;

    @Inject
    AnonymousPages anonymousPages;

    @Inject
    ThymeleafViewWriter views;

    @GET
    @Operation(hidden = true)
    public View home() {
        Language lang = language.get();
        return View.of("home")
                .with("sectors", reference.list(ReferenceList.SECTORS, lang))
                .with(
                        "open",
                        drafts.search(
                                new DraftSearch(null, null, null, null, "open", null, null, "closing", 1, 6), lang))
                .with("time", timeZone);
    }

    @GET
    @Path("drafts")
    @Operation(hidden = true)
    public Response search(
            @QueryParam("q") String q,
            @QueryParam("sector") String sector,
            @QueryParam("actType") String actType,
            @QueryParam("agency") String agency,
            @QueryParam("region") String region,
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("1") String page) {
        Language lang = language.get();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("q", q == null ? "" : q);
        form.put("sector", sector == null ? "" : sector);
        form.put("actType", actType == null ? "" : actType);
        form.put("agency", agency == null ? "" : agency);
        form.put("region", region == null ? "" : region);
        form.put("status", status == null ? "" : status);
        form.put("from", from == null ? "" : from);
        form.put("to", to == null ? "" : to);
        form.put("sort", sort == null || sort.isBlank() ? "newest" : sort);
        View view = View.of("draft/search")
                .with("form", form)
                .with("time", timeZone)
                .with("sectors", reference.list(ReferenceList.SECTORS, lang))
                .with("actTypes", reference.list(ReferenceList.ACT_TYPES, lang))
                .with("agencies", reference.list(ReferenceList.AGENCIES, lang))
                .with("regions", reference.list(ReferenceList.REGIONS, lang))
                .with("feedHref", feedHref(form))
                .with("feedTitle", messages.get(lang, "feed.title.search"));
        try {
            DraftPage result = drafts.search(
                    new DraftSearch(
                            q,
                            sector,
                            actType,
                            agency,
                            region,
                            status,
                            DraftSearch.parseDate("from", from),
                            DraftSearch.parseDate("to", to),
                            sort,
                            Params.page(page),
                            DraftSearch.DEFAULT_PAGE_SIZE,
                            null),
                    lang);
            return Response.ok(view.with("result", result).with("pageLinks", pageLinks(form, result)))
                    .build();
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(view.with(
                            "errors", FormErrors.of(rejected, messages, lang).byField()))
                    .build();
        }
    }

    @GET
    @Path("sectors/{code}")
    @Operation(hidden = true)
    public View sector(@PathParam("code") String code) {
        Language lang = language.get();
        var sector = reference.find(ReferenceList.SECTORS, code, lang).orElseThrow(ResourceNotFound::new);
        return View.of("draft/sector")
                .with("sector", sector)
                .with(
                        "feedHref",
                        "/feeds/sectors/" + URLEncoder.encode(sector.code(), StandardCharsets.UTF_8) + ".atom")
                .with("feedTitle", messages.get(lang, "feed.title.sector", sector.name()))
                .with("time", timeZone)
                .with(
                        "result",
                        drafts.search(
                                new DraftSearch(
                                        null,
                                        code,
                                        null,
                                        null,
                                        "open",
                                        null,
                                        null,
                                        "closing",
                                        1,
                                        DraftSearch.MAX_PAGE_SIZE),
                                lang));
    }

    @GET
    @Path("drafts/{number}")
    @Operation(hidden = true)
    public Response draft(@PathParam("number") String number, @QueryParam("version") String version) {
        Integer versionNumber = null;
        if (version != null && !version.isBlank()) {
            try {
                versionNumber = Integer.valueOf(version.trim());
            } catch (NumberFormatException e) {
                throw new ResourceNotFound();
            }
        }
        Integer shown = versionNumber;
        var query = uri.getQueryParameters();
        if (shown != null
                || page.signedIn()
                || !query.keySet().stream().allMatch(CurrentLanguage.QUERY_PARAM::equals)) {
            return Response.ok(draftPage.read(() -> drafts.view(number, shown, language.get()), query))
                    .build();
        }
        // The page most readers open: anonymous, current version, no comment page or order chosen.
        var display = page.display();
        byte[] html = anonymousPages.page(
                number + "|" + language.get().tag() + "|" + display.font() + "|" + display.theme(), () -> {
                    View view = draftPage.read(() -> drafts.view(number, null, language.get()), query);
                    return new AnonymousPages.Rendered(
                            views.render(view), ((DraftView) view.model().get("draft")).changesAt());
                });
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Length", html.length)
                .build();
    }

    @GET
    @Path("drafts/{number}/changes")
    @Operation(hidden = true)
    public View changes(
            @PathParam("number") String number, @QueryParam("from") String from, @QueryParam("to") String to) {
        DraftView current = drafts.view(number, null, language.get());
        int older = versionOr(from, 1);
        int newer = versionOr(to, current.version());
        return View.of("draft/changes")
                .with("draft", current)
                .with("time", timeZone)
                .with("comparison", drafts.changes(number, older, newer, language.get()));
    }

    private static int versionOr(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ResourceNotFound();
        }
    }

    /**
     * The Atom feed of this search (the notification feature's {@code /feeds/drafts.atom}): its words and
     * filters, not its status, order or page, since a feed lists the newest published drafts.
     */
    private static String feedHref(Map<String, String> form) {
        StringBuilder href = new StringBuilder("/feeds/drafts.atom");
        char separator = '?';
        for (String name : new String[] {"q", "sector", "actType", "agency", "region", "from", "to"}) {
            String value = form.get(name);
            if (!value.isBlank()) {
                href.append(separator)
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return href.toString();
    }

    /** Links to the previous and next page that keep every filter, so a result page can be shared. */
    private static Map<String, String> pageLinks(Map<String, String> form, DraftPage result) {
        Map<String, String> links = new LinkedHashMap<>();
        StringBuilder base = new StringBuilder("/drafts?");
        form.forEach((k, v) -> {
            if (!v.isBlank()) {
                base.append(k)
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                        .append('&');
            }
        });
        if (result.page() > 1) {
            links.put("previous", base + "page=" + (result.page() - 1));
        }
        if (result.page() < result.pages()) {
            links.put("next", base + "page=" + (result.page() + 1));
        }
        return links;
    }
}
