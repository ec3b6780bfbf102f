package uz.muhokama.participation;

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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.draft.DraftPageViews;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.DraftView;
import uz.muhokama.platform.error.AppException;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.persistence.TransientFailures;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.FormErrors;
import uz.muhokama.platform.web.PageRedirects;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.SafeRedirects;
import uz.muhokama.platform.web.View;

/**
 * The forms of participation on the draft page (vote, comment, reply, edit, withdraw, flag) and the
 * moderator's queue page. Each form posts, then redirects back to the draft (post/redirect/get); a
 * refused form shows the draft page again with the text kept and the reason beside the form.
 */
@ApplicationScoped
@Path("")
@Produces(MediaType.TEXT_HTML)
public class ParticipationPages {

    @Inject
    CommentService comments;

    @Inject
    VoteService votes;

    @Inject
    ModerationService moderation;

    @Inject
    ParticipationSection section;

    @Inject
    DraftService drafts;

    @Inject
    DraftPageViews draftPage;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentLanguage language;

    @Inject
    Messages messages;

    @Inject
    PortalTimeZone timeZone;

    @POST
    @Path("drafts/{number}/vote")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response vote(@PathParam("number") String number, @FormParam("vote") String vote) {
        return act(number, "vote", null, () -> {
            if ("WITHDRAW".equals(vote)) {
                votes.withdraw(number, language.get());
            } else {
                votes.vote(number, vote, language.get());
            }
            return "/drafts/" + number + "?done=voted#votes";
        });
    }

    @POST
    @Path("drafts/{number}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response comment(
            @PathParam("number") String number,
            @FormParam("text") String text,
            @FormParam("clause") String clause,
            @FormParam("replyTo") String replyTo) {
        Long parent = replyTo == null || replyTo.isBlank() ? null : parseId(replyTo);
        String form = parent != null ? "reply-" + parent : clause == null || clause.isBlank() ? "draft" : clause;
        return act(number, form, text, () -> {
            CommentView stored = TransientFailures.retry(
                    () -> comments.post(number, new NewComment(text, clause, parent), language.get()));
            return "/drafts/" + number + "?done=posted#comment-" + stored.id();
        });
    }

    @POST
    @Path("drafts/{number}/comments/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response withdraw(@PathParam("number") String number, @PathParam("id") String id) {
        return act(number, "comments", null, () -> {
            comments.withdraw(number, parseId(id), language.get());
            return "/drafts/" + number + "?done=withdrawn#comments";
        });
    }

    @POST
    @Path("drafts/{number}/comments/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response edit(
            @PathParam("number") String number, @PathParam("id") String id, @FormParam("text") String text) {
        long commentId = parseId(id);
        return act(number, "edit-" + commentId, text, () -> {
            comments.edit(number, commentId, new CommentEdit(text), language.get());
            return "/drafts/" + number + "?done=edited#comment-" + commentId;
        });
    }

    @POST
    @Path("drafts/{number}/comments/{id}/flag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response flag(
            @PathParam("number") String number, @PathParam("id") String id, @FormParam("reason") String reason) {
        long commentId = parseId(id);
        return act(number, "flag-" + commentId, reason, () -> {
            moderation.flag(commentId, new FlagRequest(reason));
            return "/drafts/" + number + "?done=flagged#comment-" + commentId;
        });
    }

    @GET
    @Path("moderation")
    @Operation(hidden = true)
    public Response queue(@QueryParam("page") String page, @QueryParam("done") String done) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/moderation");
        }
        return Response.ok(queuePage(Params.page(page), null, null)
                        .with("done", "hidden".equals(done) || "restored".equals(done) ? done : null))
                .build();
    }

    @GET
    @Path("moderation/drafts/{number}")
    @Operation(hidden = true)
    public Response campaigns(@PathParam("number") String number) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/moderation/drafts/" + number);
        }
        return Response.ok(View.of("participation/campaigns")
                        .with("number", number)
                        .with("campaigns", moderation.campaigns(number, language.get())))
                .build();
    }

    @POST
    @Path("moderation/comments/{id}/{action: hide|restore}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response moderate(
            @PathParam("id") String id,
            @PathParam("action") String action,
            @FormParam("reason") String reason,
            @FormParam("back") String back) {
        long commentId = parseId(id);
        caller.requireAny(Role.MODERATOR);
        try {
            if ("hide".equals(action)) {
                moderation.hide(commentId, new ModerationRequest(reason));
            } else {
                moderation.restore(commentId, new ModerationRequest(reason));
            }
            return PageRedirects.seeOther(
                    SafeRedirects.localPathOr(back, "/moderation") + (back != null && back.contains("?") ? "&" : "?")
                            + "done=" + ("hide".equals(action) ? "hidden" : "restored"));
        } catch (AppException rejected) {
            return Response.status(rejected.status())
                    .entity(queuePage(1, commentId, FormErrors.of(rejected, messages, language.get())))
                    .build();
        }
    }

    private View queuePage(int page, Long failedId, FormErrors errors) {
        return View.of("participation/moderation")
                .with("time", timeZone)
                .with("items", moderation.queue(page, 20, null).items())
                .with("total", moderation.queueSize())
                .with("pageNumber", page)
                .with("failedId", failedId)
                .with("errors", errors == null ? FormErrors.NONE : errors);
    }

    /** Runs a form's action: see-other on success; on a refusal the draft page again with the reason. */
    private Response act(String number, String form, String text, Supplier<String> action) {
        if (caller.get().isEmpty()) {
            return PageRedirects.signInFirst("/drafts/" + number);
        }
        try {
            return PageRedirects.seeOther(action.get());
        } catch (AppException rejected) {
            Language lang = language.get();
            DraftView draft = drafts.view(number, null, lang);
            ParticipationModel model = section.model(
                    draft, new MultivaluedHashMap<>(), form, text, FormErrors.of(rejected, messages, lang));
            Response.ResponseBuilder response = Response.status(rejected.status())
                    .entity(draftPage.of(draft, new MultivaluedHashMap<>(), Map.of(ParticipationSection.NAME, model)));
            rejected.headers().forEach(response::header);
            return response.build();
        }
    }

    private static long parseId(String id) {
        return Params.id(id);
    }
}
