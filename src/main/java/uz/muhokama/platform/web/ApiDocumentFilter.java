package uz.muhokama.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Makes the OpenAPI document the JSON API's whole contract, complete enough to generate a client from: HTML
 * pages are not an API and are removed; every operation states its security ({@code []} when its resource
 * declares none: anyone may call it; {@code []} and {@value ApiDocs#OPTIONAL_SECURITY} when anyone may, and a
 * bearer token is read when sent); and every operation gets the answers all operations of its kind give,
 * as problem+json (see {@link ApiDocs}). Answers a resource declares itself are kept, and given the
 * {@code Problem} body when they are errors without one. The caching and rate-limit headers are
 * {@link ConditionalDocs}', the cursors' parameter, header and field {@link CursorDocs}'.
 */
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<String> pages = openAPI.getPaths().getPathItems().keySet().stream()
                .filter(path -> !path.startsWith("/api/"))
                .toList();
        pages.forEach(openAPI.getPaths()::removePathItem);

        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(ApiDocs.PROBLEM_FIELD, problemFieldSchema());
        components.addSchema(ApiDocs.PROBLEM, problemSchema());
        components.addResponse(
                ApiDocs.BAD_REQUEST,
                problem(
                        "Malformed or invalid input: the problem's errors name each rejected field (query parameter, body field or row)"));
        components.addResponse(ApiDocs.UNAUTHORIZED, problem("Sign-in required: no valid bearer token was sent"));
        components.addResponse(
                ApiDocs.NOT_FOUND,
                problem("No such thing, or not visible to the caller (whether it exists is not revealed)"));
        components.addResponse(
                ApiDocs.NOT_ACCEPTABLE,
                problem("The Accept header allows none of the media types this operation answers in"));
        components.addResponse(
                ApiDocs.UNSUPPORTED_MEDIA_TYPE, problem("The body is not of a media type this operation reads"));
        ConditionalDocs.addComponents(components);
        CursorDocs.addComponents(components);

        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    complete(item, operation);
                    CursorDocs.complete(operation, components);
                }));
    }

    private static void complete(PathItem item, Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>()); // stated, not left to a default: anyone may call it
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = Stream.concat(
                        item.getParameters() == null ? Stream.empty() : item.getParameters().stream(),
                        operation.getParameters() == null ? Stream.empty() : operation.getParameters().stream())
                .toList();

        boolean signInRequired = !operation.getSecurity().isEmpty()
                && operation.getSecurity().stream().noneMatch(ApiDocumentFilter::isAnonymous);
        statePermittedAnonymousAccess(operation);
        boolean readsBody = operation.getRequestBody() != null;
        boolean readsQuery = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean namesSomething = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);

        if (readsBody || readsQuery) {
            standard(responses, "400", ApiDocs.BAD_REQUEST);
        }
        if (signInRequired) {
            standard(responses, "401", ApiDocs.UNAUTHORIZED);
        }
        if (namesSomething) {
            standard(responses, "404", ApiDocs.NOT_FOUND);
        }
        standard(responses, "406", ApiDocs.NOT_ACCEPTABLE); // any operation, for an Accept it cannot answer
        if (readsBody) {
            standard(responses, "415", ApiDocs.UNSUPPORTED_MEDIA_TYPE);
        }
        ConditionalDocs.complete(operation);
        responses.getAPIResponses().forEach((code, response) -> {
            if (isError(code)
                    && response.getRef() == null
                    && (response.getContent() == null
                            || response.getContent().getMediaTypes() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
            if ((code.equals("429") || code.equals("503"))
                    && response.getRef() == null
                    && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
                response.addHeader(
                        "Retry-After",
                        OASFactory.createHeader()
                                .description("Seconds to wait before trying again")
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            }
            if (code.equals("429") && response.getRef() == null) {
                ConditionalDocs.addRateLimitHeaders(response);
            }
        });
    }

    /**
     * "Bearer, or nothing" in a form Liberty's validator accepts. OpenAPI writes it {@code [{"bearer":[]},{}]}, the
     * empty requirement meaning "anonymous too"; Liberty's validator reports every empty requirement as an error
     * (CWWKO1650E) at each start. So such an operation states {@code security: []} (anyone may call it, which is
     * true) and names the credentials it reads when they are sent, in the same shape, as
     * {@value ApiDocs#OPTIONAL_SECURITY}.
     */
    private static void statePermittedAnonymousAccess(Operation operation) {
        if (operation.getSecurity().stream().noneMatch(ApiDocumentFilter::isAnonymous)) {
            return;
        }
        List<Map<String, List<String>>> optional = operation.getSecurity().stream()
                .filter(requirement -> !isAnonymous(requirement))
                .map(requirement -> (Map<String, List<String>>) new LinkedHashMap<>(requirement.getSchemes()))
                .toList();
        operation.setSecurity(new ArrayList<>());
        operation.addExtension(ApiDocs.OPTIONAL_SECURITY, optional);
    }

    private static boolean isAnonymous(SecurityRequirement requirement) {
        return requirement.getSchemes() == null || requirement.getSchemes().isEmpty();
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    private static void standard(APIResponses responses, String code, String component) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(component));
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        ApiDocs.PROBLEM_JSON,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(ApiDocs.PROBLEM)));
    }

    /** platform.error.Problem as RFC 9457 describes it; PlatformIT compares it with a problem the API sends. */
    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details: the body of every error. title and detail are in the caller's "
                        + "language; code is the stable message key a program can switch on.")
                .required(List.of("type", "title", "status", "code"))
                .properties(ordered(
                        "type", string("Always about:blank: the status and code say what went wrong"),
                        "title", string("The status in words, in the caller's language"),
                        "status",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.INTEGER)
                                        .format("int32")
                                        .description("The HTTP status"),
                        "detail", string("What went wrong and what to do, in the caller's language"),
                        "code", string("Stable message key, e.g. account.email.taken or problem.busy"),
                        "instance", string("The path that was called"),
                        "errors",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.ARRAY)
                                        .description("Each rejected field; present on validation errors only")
                                        .items(OASFactory.createSchema().ref(ApiDocs.PROBLEM_FIELD))));
    }

    private static Schema problemFieldSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One rejected field of a problem")
                .required(List.of("field", "message"))
                .properties(ordered(
                        "field",
                                string(
                                        "The field as the caller sent it: password, decisions[2].reason, answers.F05.clauses, rows[5].reason"),
                        "message", string("Why, in the caller's language")));
    }

    /** Properties in the order given (Map.of's order would change from run to run). */
    private static Map<String, Schema> ordered(Object... nameAndSchema) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameAndSchema.length; i += 2) {
            properties.put((String) nameAndSchema[i], (Schema) nameAndSchema[i + 1]);
        }
        return properties;
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
