package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.PageRedirects;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.SafeRedirects;
import uz.muhokama.platform.web.View;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceList;

/**
 * {@code /me/follows}: what the person follows (each with an unfollow button), new follows of a sector,
 * agency or region, how often they hear of each topic and when their digests go. Also where the follow
 * buttons of other pages post, which go back to the page they came from.
 */
@ApplicationScoped
@Path("me/follows")
@Produces(MediaType.TEXT_HTML)
public class FollowPages {

    private static final String HERE = "/me/follows";

    /** What a follow button's page is told after a follow or an unfollow, one at a time. */
    private static final List<String> FLAGS = List.of("followed", "unfollowed");

    @Inject
    Follows follows;

    @Inject
    NotificationSettings settings;

    @Inject
    ReferenceCatalog reference;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentLanguage language;

    @Inject
    Messages messages;

    /** One topic's radio group: its code, its name's key, and a radio per frequency. */
    public record TopicChoice(String code, String nameKey, List<Option> options) {}

    /** One radio: the frequency's code, its label (saying which is the default), whether it is chosen. */
    public record Option(String frequency, String label, boolean checked) {}

    @GET
    @Operation(hidden = true)
    public Response page(@QueryParam("saved") String saved, @QueryParam("followed") String followed) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst(HERE);
        }
        return Response.ok(
                        view(FormErrors.NONE, null).with("saved", saved != null).with("followed", followed != null))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response follow(
            @FormParam("target") String target,
            @FormParam("code") String code,
            @FormParam("draft") String draft,
            @FormParam("q") String q,
            @FormParam("sector") String sector,
            @FormParam("actType") String actType,
            @FormParam("agency") String agency,
            @FormParam("region") String region,
            @FormParam("from") String from,
            @FormParam("to") String to,
            @FormParam("return") String back) {
        String returnTo = SafeRedirects.localPathOr(back, HERE);
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst(returnTo);
        }
        try {
            follows.follow(
                    new FollowRequest(target, code, draft, q, sector, actType, agency, region, from, to),
                    language.get());
        } catch (AppException rejected) {
            if (rejected.status() == 404) {
                throw rejected;
            }
            return Response.status(rejected.status())
                    .entity(view(FormErrors.of(rejected, messages, language.get()), null))
                    .build();
        }
        return PageRedirects.seeOther(withFlag(returnTo, "followed", target == null ? "" : target.strip()));
    }

    @POST
    @Path("{id}/unfollow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response unfollow(
            @PathParam("id") String id, @FormParam("target") String target, @FormParam("return") String back) {
        String returnTo = SafeRedirects.localPathOr(back, HERE);
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst(returnTo);
        }
        follows.unfollow(Params.id(id));
        // From this page's list, back to the list; from another page's button, back there, saying so by it.
        return PageRedirects.seeOther(
                HERE.equals(returnTo) ? HERE : withFlag(returnTo, "unfollowed", target == null ? "" : target.strip()));
    }

    @POST
    @Path("settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveSettings(
            @FormParam("new-drafts") String newDrafts,
            @FormParam("followed-drafts") String followedDrafts,
            @FormParam("replies") String replies,
            @FormParam("decisions") String decisions,
            @FormParam("agency-inbox") String agencyInbox,
            @FormParam("admin-queue") String adminQueue,
            @FormParam("digestHour") String hour,
            @FormParam("digestWeekday") String weekday) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst(HERE);
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        put(chosen, Topic.NEW_DRAFTS, newDrafts);
        put(chosen, Topic.FOLLOWED_DRAFTS, followedDrafts);
        put(chosen, Topic.REPLIES, replies);
        put(chosen, Topic.DECISIONS, decisions);
        put(chosen, Topic.AGENCY_INBOX, agencyInbox);
        put(chosen, Topic.ADMIN_QUEUE, adminQueue);
        Map<String, String> sent = new LinkedHashMap<>(chosen);
        sent.put("digestHour", hour == null ? "" : hour);
        sent.put("digestWeekday", weekday == null ? "" : weekday);
        try {
            settings.change(new NotificationSettingsView(
                    chosen,
                    blank(hour) ? null : Params.integer("digestHour", hour, 0),
                    blank(weekday) ? null : Params.integer("digestWeekday", weekday, 0)));
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(view(FormErrors.of(rejected, messages, language.get()), sent))
                    .build();
        }
        return PageRedirects.seeOther(HERE + "?saved");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void put(Map<String, String> chosen, Topic topic, String value) {
        if (!blank(value)) {
            chosen.put(NotificationSettings.code(topic), value);
        }
    }

    /** The page's address with {@code name=value} in place of any follow flag it had (followed, unfollowed). */
    static String withFlag(String path, String name, String value) {
        int query = path.indexOf('?');
        String base = query < 0 ? path : path.substring(0, query);
        List<String> kept = query < 0
                ? List.of()
                : Arrays.stream(path.substring(query + 1).split("&"))
                        .filter(p -> !p.isEmpty() && FLAGS.stream().noneMatch(flag -> p.startsWith(flag + "=")))
                        .toList();
        String flag = name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        return base + "?"
                + String.join("&", Stream.concat(kept.stream(), Stream.of(flag)).toList());
    }

    /** The page, with what a refused form sent (settings) shown again instead of what is stored. */
    private View view(FormErrors errors, Map<String, String> sent) {
        Language lang = language.get();
        NotificationSettingsView now = settings.mine();
        List<TopicChoice> topics = now.frequencies().entrySet().stream()
                .map(e -> {
                    Topic topic =
                            NotificationSettings.parse(Topic.class, e.getKey()).orElseThrow();
                    String shown = sent != null && sent.containsKey(e.getKey()) ? sent.get(e.getKey()) : e.getValue();
                    List<Option> options = Arrays.stream(Frequency.values())
                            .map(f -> {
                                String code = NotificationSettings.code(f);
                                String label = messages.get(lang, "notification.frequency." + code);
                                return new Option(
                                        code,
                                        f == topic.byDefault()
                                                ? messages.get(lang, "notification.frequency.default", label)
                                                : label,
                                        code.equals(shown));
                            })
                            .toList();
                    return new TopicChoice(e.getKey(), topic.messageKey(), options);
                })
                .toList();
        return View.of("notification/follows")
                .with("follows", follows.mine(lang))
                .with("topics", topics)
                .with(
                        "frequencies",
                        Arrays.stream(Frequency.values())
                                .map(NotificationSettings::code)
                                .toList())
                .with("digestHour", sent != null ? sent.get("digestHour") : String.valueOf(now.digestHour()))
                .with("digestWeekday", sent != null ? sent.get("digestWeekday") : String.valueOf(now.digestWeekday()))
                .with("hours", IntStream.range(0, 24).mapToObj(String::valueOf).toList())
                .with(
                        "weekdays",
                        IntStream.rangeClosed(1, 7).mapToObj(String::valueOf).toList())
                .with("sectors", reference.list(ReferenceList.SECTORS, lang))
                .with("agencies", reference.list(ReferenceList.AGENCIES, lang))
                .with("regions", reference.list(ReferenceList.REGIONS, lang))
                .with("errors", errors.byField())
                .with("formError", errors.summary())
                .with("saved", false)
                .with("followed", false);
    }
}
