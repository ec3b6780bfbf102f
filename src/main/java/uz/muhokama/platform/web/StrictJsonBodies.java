package uz.muhokama.platform.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.TooLarge;

/**
 * Every JSON body is checked before JSON-B reads it, because JSON-B reads leniently and changes what was
 * sent without a word: invalid UTF-8 became U+FFFD, {@code 1.5} for a whole number became 1 and 2^64+5
 * became 5, {@code "yes"} for a boolean became false, a lone surrogate became '?' in the database, a
 * year +999999999 was a valid instant. Here each is a 400 on its field instead, read against the type
 * the resource expects (records, lists, maps, numbers, booleans, enums, instants and dates), and every
 * string anywhere in the body, keys too, must pass the text rules ({@link JsonBodyRules}). A body nested deeper than
 * {@value #MAX_DEPTH} levels (no request of ours needs more than ten) is refused before it is parsed,
 * and a body larger than {@code muhokama.json.max-bytes} (4 MB: more than a page form may carry, which
 * is 1 MB URL-encoded) with 413 before it is read whole: the body is held in memory to be checked, so an
 * unbounded one would let one caller fill an instance's heap where no balancer bounds it.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonBodies implements ReaderInterceptor {

    static final int DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "muhokama.json.max-bytes", defaultValue = "" + DEFAULT_MAX_BYTES)
    int maxBytes = DEFAULT_MAX_BYTES;

    public static final int MAX_DEPTH = 64;
    private static final String BODY = "body";

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] bytes = bounded(context.getInputStream(), context.getHeaders().getFirst("Content-Length"), maxBytes);
        String text = utf8(bytes);
        if (text.isBlank()) {
            throw new InvalidInput(BODY, "validation.body.required");
        }
        if (depth(text) > MAX_DEPTH) {
            throw new InvalidInput(BODY, "validation.body.too-deep", MAX_DEPTH);
        }
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException e) {
            value = null; // not JSON: JSON-B refuses it below with the usual malformed-request problem
        }
        if (value != null) {
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                throw new InvalidInput(BODY, "validation.body.required");
            }
            // A body read as a String (a questionnaire definition) is parsed by its resource: only its texts are
            // checked here.
            Type target = context.getType() == String.class ? Object.class : context.getGenericType();
            List<FieldError> errors = JsonBodyRules.problems(value, target);
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
        context.setInputStream(new ByteArrayInputStream(bytes));
        return context.proceed();
    }

    /** At most {@code max} bytes of the body; a declared or actual larger one is refused without reading it all. */
    static byte[] bounded(InputStream in, String declaredLength, int max) throws IOException {
        if (declaredLength != null) {
            try {
                if (Long.parseLong(declaredLength.trim()) > max) {
                    throw tooLarge(max);
                }
            } catch (NumberFormatException e) {
                // the container has already refused a malformed length; a chunked body has none
            }
        }
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            throw tooLarge(max);
        }
        return bytes;
    }

    /** The limit in whole megabytes, rounded up: a limit below 1 MB never reads "at most 0 MB". */
    private static TooLarge tooLarge(int max) {
        return new TooLarge("problem.too-large.limit", (max + (1 << 20) - 1) >> 20);
    }

    static boolean isJson(MediaType type) {
        return type != null
                && (type.getSubtype().equalsIgnoreCase("json")
                        || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    /** Strict UTF-8: a malformed byte is the sender's mistake, not a character to replace silently. */
    static String utf8(byte[] bytes) {
        return strictUtf8(bytes).orElseThrow(() -> new InvalidInput(BODY, "validation.body.encoding"));
    }

    /** {@code bytes} as UTF-8, or empty when any byte sequence is not UTF-8 (for JSON that arrives as a file). */
    public static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** How deeply arrays and objects nest, counted outside strings, without parsing (the parser recurses). */
    public static int depth(String text) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return max;
    }
}
