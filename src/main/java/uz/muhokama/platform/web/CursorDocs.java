package uz.muhokama.platform.web;

import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What the OpenAPI document says of lists paged by cursor ({@link Cursors}), for {@link ApiDocumentFilter}:
 * an operation with a {@code cursor} query parameter gets its description, the {@code Link} header on its
 * success, and the description of {@code next} in its body's schema. Written once here, so that no list
 * can forget one of the three.
 */
final class CursorDocs {

    static final String LINK = "Link";
    static final String PARAMETER = "cursor";

    private CursorDocs() {}

    static void addComponents(Components components) {
        components.addHeader(
                LINK,
                OASFactory.createHeader()
                        .description("RFC 8288: </api/v1/…?the same query&cursor=…>; "
                                + "rel=\"next\", the address of the next page (root-relative). Absent on the last page")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    static void complete(Operation operation, Components components) {
        if (operation.getParameters() == null
                || operation.getParameters().stream().noneMatch(CursorDocs::isCursor)) {
            return;
        }
        operation.getParameters().stream()
                .filter(CursorDocs::isCursor)
                .forEach(p -> p.description(
                        "Where to go on: the next value of the previous page, sent back unchanged with the same query. Opaque "
                                + "and signed; a changed cursor, or one of another list, order or filter, is a 400 on cursor. "
                                + "Without it, the first page (or the page number given)"));
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2") && response.getRef() == null) {
                if (response.getHeaders() == null || !response.getHeaders().containsKey(LINK)) {
                    response.addHeader(LINK, OASFactory.createHeader().ref(LINK));
                }
                if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                    response.getContent().getMediaTypes().values().forEach(type -> describeNext(type, components));
                }
            }
        });
    }

    private static boolean isCursor(Parameter parameter) {
        return parameter.getIn() == Parameter.In.QUERY && PARAMETER.equals(parameter.getName());
    }

    private static void describeNext(MediaType type, Components components) {
        Schema schema = resolved(type.getSchema(), components);
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        // At the top ({"items","next"}), or one level down where the page is part of a larger answer
        // (the survey results' answers.next).
        Stream.concat(
                        Stream.of(schema),
                        schema.getProperties().values().stream().map(p -> resolved(p, components)))
                .filter(s -> s != null
                        && s.getProperties() != null
                        && s.getProperties().get("next") != null)
                .forEach(s -> s.getProperties()
                        .get("next")
                        .description("The cursor of the next page, to send as "
                                + "?cursor= with the same query; absent (null) on the last page"));
    }

    private static Schema resolved(Schema schema, Components components) {
        if (schema != null && schema.getRef() != null && components.getSchemas() != null) {
            return components
                    .getSchemas()
                    .get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        return schema;
    }
}
