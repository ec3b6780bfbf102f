package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.discussion.DiscussionStatus;
import uz.muhokama.draft.DraftService;
import uz.muhokama.draft.DraftView;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.platform.time.PortalTimeZone;
import uz.muhokama.platform.web.Params;
import uz.muhokama.platform.web.View;

/**
 * The results of a draft's survey: the tallies and, for an expertise, each expert's answers. Whether the
 * reader may see them yet is {@link DraftSurveyResults}' decision; the page only says why they are shown
 * before the discussion closes (the reader's agency, or the reader's own answer).
 *
 * <p>The class path is the whole results address: it has more literal characters than
 * {@link DraftSurveyPages}', so JAX-RS picks this class for {@code .../results} and that one for the rest.
 */
@ApplicationScoped
@Path("drafts/{number}/surveys/{code}/results")
@Produces(MediaType.TEXT_HTML)
public class SurveyResultsPages {

    @Inject
    DraftSurveyResults surveyResults;

    @Inject
    DraftService drafts;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentLanguage language;

    @Inject
    PortalTimeZone timeZone;

    @GET
    @Operation(hidden = true)
    public View results(
            @PathParam("number") String number, @PathParam("code") String code, @QueryParam("page") String page) {
        Language lang = language.get();
        DraftSurveyResults.Read read = surveyResults.read(number, code, Params.page(page), lang);
        SurveyResults results = read.results();
        DraftView draft = drafts.view(number, null, lang);
        String shownBecause = null;
        if (results.status() != DiscussionStatus.CLOSED) {
            Caller reader = caller.require();
            shownBecause = reader.has(Role.ADMIN)
                            || reader.agency()
                                    .map(a -> draft.agency() != null
                                            && a.equals(draft.agency().code()))
                                    .orElse(false)
                    ? "agency"
                    : "answered";
        }
        return View.of("survey/results")
                .with("draft", draft)
                .with("results", results)
                .with("time", timeZone)
                .with("shownBecause", shownBecause)
                .with(
                        "answerSets",
                        results.answers() == null
                                ? null
                                : read.answerSets().stream()
                                        .map(g -> new ExpertAnswer(
                                                g.respondentName(),
                                                AnswerText.shown(g.questionnaire(), g.answers(), lang),
                                                g.updatedAt()))
                                        .toList());
    }
}
