package uz.muhokama.platform.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import uz.muhokama.platform.i18n.CurrentLanguage;

/**
 * The conditional reads of {@link Conditional} operations. A response filter rather than a writer
 * interceptor, because the tag must be known before the status is: the body is serialised here, with the
 * writer JAX-RS would have used, and the bytes become the entity, so nothing is serialised twice.
 */
@Provider
@Conditional
@Priority(Priorities.HEADER_DECORATOR)
public class ConditionalReads implements ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    @Context
    Providers providers;

    @Inject
    CurrentLanguage language;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (!read || response.getStatus() != 200) {
            return; // errors and writes are never tagged or cached
        }
        Conditional rules = rules();
        boolean signedIn = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(rules, signedIn));
        String vary = vary(headers.getFirst(HttpHeaders.VARY), rules, rules.byLanguage() && !language.chosenNow());
        if (vary != null) {
            headers.putSingle(HttpHeaders.VARY, vary);
        }

        String tag = response.getHeaderString(HttpHeaders.ETAG);
        if (tag == null && !isStream(response.getEntity()) && response.hasEntity()) {
            byte[] body = serialise(response);
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
            tag = EntityTags.strong(body);
            headers.putSingle(HttpHeaders.ETAG, tag);
        }
        if (tag != null && EntityTags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
            // A 304 carries the validator and caching fields only (RFC 9110 §15.4.5), never the body's own.
            headers.remove(HttpHeaders.CONTENT_TYPE);
            headers.remove(HttpHeaders.CONTENT_LENGTH);
            headers.remove("Content-Disposition");
        }
    }

    static String cacheControl(Conditional rules, boolean signedIn) {
        String who = rules.visibility() == Conditional.Visibility.PER_CALLER && signedIn ? "private" : "public";
        return who + (rules.maxAge() > 0 ? ", max-age=" + rules.maxAge() : ", no-cache");
    }

    /**
     * The language comes from {@code ?lang=} (then in the address, so no Vary), else from the language cookie,
     * else from {@code Accept-Language}: an answer chosen by either of those varies by both.
     */
    static String vary(Object existing, Conditional rules, boolean languageFromHeaders) {
        Set<String> names = new LinkedHashSet<>();
        if (existing != null) {
            for (String name : existing.toString().split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        if (languageFromHeaders) {
            names.add(HttpHeaders.ACCEPT_LANGUAGE);
            names.add(HttpHeaders.COOKIE);
        }
        if (rules.visibility() == Conditional.Visibility.PER_CALLER) {
            names.add(HttpHeaders.AUTHORIZATION);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private Conditional rules() {
        Conditional onMethod = resource.getResourceMethod().getAnnotation(Conditional.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(Conditional.class);
    }

    /** Files and streams are sent as they are written, never held in memory to be tagged. */
    private static boolean isStream(Object entity) {
        return entity instanceof StreamingOutput
                || entity instanceof InputStream
                || entity instanceof Reader
                || entity instanceof File
                || entity instanceof Path;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] serialise(ContainerResponseContext response) throws IOException {
        Class type = response.getEntityClass();
        MessageBodyWriter writer = providers.getMessageBodyWriter(
                type, response.getEntityType(), response.getEntityAnnotations(), response.getMediaType());
        if (writer == null) {
            throw new IOException("No writer for " + type.getName() + " as " + response.getMediaType());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
        writer.writeTo(
                response.getEntity(),
                type,
                response.getEntityType(),
                response.getEntityAnnotations(),
                response.getMediaType(),
                response.getHeaders(),
                body);
        return body.toByteArray();
    }
}
