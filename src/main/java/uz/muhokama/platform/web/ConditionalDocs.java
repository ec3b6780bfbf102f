package uz.muhokama.platform.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import uz.muhokama.platform.error.RateLimit;

/**
 * What the OpenAPI document says of conditional reads and of rate limits, for {@link ApiDocumentFilter}.
 * An operation that declares a 304 is conditional ({@link Conditional}): it takes {@code If-None-Match},
 * its success carries {@code ETag}, {@code Cache-Control} and {@code Vary}, and its 304 is the shared
 * {@value ApiDocs#NOT_MODIFIED} answer. Every 429 carries the {@code RateLimit-Policy} and {@code RateLimit}
 * fields ({@link RateLimit}).
 */
final class ConditionalDocs {

    static final String ETAG = "ETag";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String VARY = "Vary";
    static final String IF_NONE_MATCH = "IfNoneMatch";

    private ConditionalDocs() {}

    static void addComponents(Components components) {
        components.addHeader(
                ETAG,
                header(
                        "The representation's entity tag: strong (quoted) for JSON, weak (W/) "
                                + "for a generated file; send it back in If-None-Match to be answered 304 while it is current"));
        components.addHeader(
                CACHE_CONTROL,
                header(
                        "public, max-age=N for what is the same for everyone; private, "
                                + "max-age=N for an answer to a signed-in caller where answers differ by caller; no-cache (revalidate "
                                + "with If-None-Match every time) where N is 0. The N of each operation is listed in docs/api.md"));
        components.addHeader(
                VARY,
                header(
                        "The request fields the answer depends on: Accept-Language and Cookie "
                                + "(the language cookie) unless ?lang= chose the language, Authorization where answers differ by caller"));
        components.addHeader(
                RateLimit.POLICY_HEADER,
                header(
                        "The quota the caller ran out of "
                                + "(draft-ietf-httpapi-ratelimit-headers): \"policy\";q=quota;w=window in seconds, e.g. \"comments\";q=10;w=60"));
        components.addHeader(
                RateLimit.HEADER,
                header("What is left of that quota and the seconds until some "
                        + "comes back: \"policy\";r=remaining;t=seconds, e.g. \"comments\";r=0;t=42"));
        components.addParameter(
                IF_NONE_MATCH,
                OASFactory.createParameter()
                        .name("If-None-Match")
                        .in(Parameter.In.HEADER)
                        .description("Entity tags of copies the caller holds (or *); the current one answers 304")
                        .required(false)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        components.addResponse(
                ApiDocs.NOT_MODIFIED,
                OASFactory.createAPIResponse()
                        .description(
                                "Not modified: If-None-Match named the current entity tag; the copy the caller holds is "
                                        + "current. No body")
                        .addHeader(ETAG, ref(ETAG))
                        .addHeader(CACHE_CONTROL, ref(CACHE_CONTROL))
                        .addHeader(VARY, ref(VARY)));
    }

    /** For an operation that declares a 304: the parameter, the shared 304 and the headers of its success. */
    static void complete(Operation operation) {
        APIResponse notModified = operation.getResponses().getAPIResponse("304");
        if (notModified == null) {
            return;
        }
        if (notModified.getRef() == null) {
            operation
                    .getResponses()
                    .addAPIResponse("304", OASFactory.createAPIResponse().ref(ApiDocs.NOT_MODIFIED));
        }
        boolean hasParameter = operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> p.getRef() != null && p.getRef().endsWith("/" + IF_NONE_MATCH));
        if (!hasParameter) {
            operation.addParameter(OASFactory.createParameter().ref(IF_NONE_MATCH));
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2") && response.getRef() == null) {
                for (String name : new String[] {ETAG, CACHE_CONTROL, VARY}) {
                    if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
                        response.addHeader(name, ref(name));
                    }
                }
            }
        });
    }

    static void addRateLimitHeaders(APIResponse tooMany) {
        for (String name : new String[] {RateLimit.POLICY_HEADER, RateLimit.HEADER}) {
            if (tooMany.getHeaders() == null || !tooMany.getHeaders().containsKey(name)) {
                tooMany.addHeader(name, ref(name));
            }
        }
    }

    private static Header header(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Header ref(String component) {
        return OASFactory.createHeader().ref(component);
    }
}
