package uz.muhokama.platform.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.platform.web.ApiPaths;
import uz.muhokama.platform.web.View;

/**
 * Builds the one error answer the caller should get: problem+json under {@code /api}, an error page
 * everywhere else, both in the caller's language.
 */
@ApplicationScoped
public class ProblemResponses {

    @Inject
    Messages messages;

    @Inject
    CurrentLanguage currentLanguage;

    @Inject
    HttpServletRequest request;

    public Response of(AppException failure) {
        Response response = of(failure.status(), failure.messageKey(), failure.args(), failure.fieldErrors());
        failure.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        return response;
    }

    /**
     * The problem+json answer whatever the path: for answers read by programs outside {@code /api} (the
     * Atom feeds), whose readers cannot use an error page.
     */
    public Response problem(AppException failure) {
        Response response = of(failure.status(), failure.messageKey(), failure.args(), failure.fieldErrors(), true);
        failure.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        return response;
    }

    public Response of(int status, String messageKey, Object[] args, List<FieldError> fieldErrors) {
        return of(status, messageKey, args, fieldErrors, isApiRequest());
    }

    private Response of(int status, String messageKey, Object[] args, List<FieldError> fieldErrors, boolean asProblem) {
        Language language = currentLanguage.get();
        String title = messages.get(language, "problem.status." + status);
        String detail = messages.get(language, messageKey, args);
        List<Problem.InvalidField> fields = fieldErrors.stream()
                .map(e -> new Problem.InvalidField(e.field(), messages.get(language, e.messageKey(), e.args())))
                .toList();
        if (asProblem) {
            Problem problem = new Problem(
                    "about:blank",
                    title,
                    status,
                    detail,
                    messageKey,
                    request.getRequestURI(),
                    fields.isEmpty() ? null : fields);
            // Pages say their language in PageResponseFilter; a problem's title and detail are in one as well.
            return Response.status(status)
                    .type(Problem.MEDIA_TYPE)
                    .header("Content-Language", language.tag())
                    .entity(problem)
                    .build();
        }
        View page = new View("error", Map.of("status", status, "title", title, "detail", detail, "fields", fields));
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page)
                .build();
    }

    public boolean isApiRequest() {
        return ApiPaths.isApi(request);
    }
}
