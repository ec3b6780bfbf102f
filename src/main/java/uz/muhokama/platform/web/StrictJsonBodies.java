package uz.muhokama.platform.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.TextRules;
import uz.muhokama.platform.error.TooLarge;

/**
 * Every JSON body is checked before JSON-B reads it, because JSON-B reads leniently and changes what was
 * sent without a word: invalid UTF-8 became U+FFFD, {@code 1.5} for a whole number became 1 and 2^64+5
 * became 5, {@code "yes"} for a boolean became false, a lone surrogate became '?' in the database, a
 * year +999999999 was a valid instant. Here each is a 400 on its field instead, read against the type
 * the resource expects (records, lists, maps, numbers, booleans, enums, instants and dates), and every
 * string anywhere in the body, keys too, must pass {@link TextRules}. A body nested deeper than
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
    /** Years a date may name: what both databases' TIMESTAMP columns hold, and far beyond any discussion. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 9999;
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
            List<FieldError> errors = new ArrayList<>();
            // A body read as a String (a questionnaire definition) is parsed by its resource: only its texts are checked here.
            Type target = context.getType() == String.class ? Object.class : context.getGenericType();
            check(value, target, "", errors);
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
        return type != null && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    /** Strict UTF-8: a malformed byte is the sender's mistake, not a character to replace silently. */
    static String utf8(byte[] bytes) {
        return strictUtf8(bytes).orElseThrow(() -> new InvalidInput(BODY, "validation.body.encoding"));
    }

    /** {@code bytes} as UTF-8, or empty when any byte sequence is not UTF-8 (for JSON that arrives as a file). */
    public static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
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

    private static void check(JsonValue value, Type type, String path, List<FieldError> errors) {
        Class<?> raw = raw(type);
        JsonValue.ValueType kind = value.getValueType();
        if (kind == JsonValue.ValueType.STRING) {
            String text = ((JsonString) value).getString();
            TextRules.problem(text).ifPresent(key -> errors.add(new FieldError(field(path), key)));
        }
        if (raw == JsonObject.class && kind != JsonValue.ValueType.OBJECT && kind != JsonValue.ValueType.NULL) {
            errors.add(new FieldError(field(path), "validation.body.object-expected")); // an array was a ClassCastException
            return;
        }
        if (raw == JsonArray.class && kind != JsonValue.ValueType.ARRAY && kind != JsonValue.ValueType.NULL) {
            errors.add(new FieldError(field(path), "validation.body.array-expected"));
            return;
        }
        if (kind == JsonValue.ValueType.NULL || raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            anything(value, path, errors);
            return;
        }
        if (raw.isRecord()) {
            if (kind != JsonValue.ValueType.OBJECT) {
                errors.add(new FieldError(field(path), "validation.body.object-expected"));
                return;
            }
            JsonObject object = value.asJsonObject();
            Set<String> known = new HashSet<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                known.add(component.getName());
                JsonValue member = object.get(component.getName());
                if (member != null) {
                    check(member, component.getGenericType(), join(path, component.getName()), errors);
                }
            }
            object.forEach((name, member) -> {
                keyRules(name, path, errors);
                if (!known.contains(name)) {
                    stringRules(member, join(path, name), errors);
                    anything(member, join(path, name), errors);
                }
            });
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (kind != JsonValue.ValueType.ARRAY) {
                errors.add(new FieldError(field(path), "validation.body.array-expected"));
                return;
            }
            Type element = raw.isArray() ? raw.getComponentType() : argument(type, 0);
            JsonArray array = value.asJsonArray();
            boolean typed = raw(element) != null && raw(element) != Object.class && !JsonValue.class.isAssignableFrom(raw(element));
            for (int i = 0; i < array.size(); i++) {
                if (typed && array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                    // A list of clauses, roles or decisions has no place for "nothing": it reached the services as null.
                    errors.add(new FieldError(path + "[" + i + "]", "validation.item.required"));
                } else {
                    check(array.get(i), element, path + "[" + i + "]", errors);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (kind != JsonValue.ValueType.OBJECT) {
                errors.add(new FieldError(field(path), "validation.body.object-expected"));
                return;
            }
            value.asJsonObject().forEach((name, member) -> {
                keyRules(name, path, errors);
                check(member, argument(type, 1), join(path, name), errors);
            });
        } else if (raw == int.class || raw == Integer.class) {
            whole(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE, errors);
        } else if (raw == long.class || raw == Long.class) {
            whole(value, path, Long.MIN_VALUE, Long.MAX_VALUE, errors);
        } else if (raw == short.class || raw == Short.class) {
            whole(value, path, Short.MIN_VALUE, Short.MAX_VALUE, errors);
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            if (kind != JsonValue.ValueType.NUMBER || Double.isInfinite(((JsonNumber) value).doubleValue())) {
                errors.add(new FieldError(field(path), "validation.number.expected"));
            }
        } else if (raw == BigDecimal.class || raw == BigInteger.class) {
            if (kind != JsonValue.ValueType.NUMBER) {
                errors.add(new FieldError(field(path), "validation.number.expected"));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (kind != JsonValue.ValueType.TRUE && kind != JsonValue.ValueType.FALSE) {
                errors.add(new FieldError(field(path), "validation.boolean.expected"));
            }
        } else if (raw == String.class) {
            if (kind == JsonValue.ValueType.OBJECT || kind == JsonValue.ValueType.ARRAY) {
                errors.add(new FieldError(field(path), "validation.text.expected"));
            }
        } else if (raw.isEnum()) {
            if (kind != JsonValue.ValueType.STRING || !constants(raw).contains(((JsonString) value).getString())) {
                errors.add(new FieldError(field(path), "validation.code.unknown"));
            }
        } else if (raw == Instant.class || raw == LocalDate.class) {
            date(value, raw, path, errors);
        } else {
            anything(value, path, errors);
        }
    }

    /**
     * Every string in {@code value}, keys too, checked by {@link TextRules}: one problem per place (as
     * {@code questions[2].text.uz}). For JSON that arrives other than as a body (a definition pasted
     * into a page form or uploaded as a file), which this interceptor never sees.
     */
    public static List<FieldError> textProblems(JsonValue value) {
        List<FieldError> errors = new ArrayList<>();
        stringRules(value, "", errors);
        anything(value, "", errors);
        return errors;
    }

    /** A value of no known type: only its strings (and keys) are checked. */
    private static void anything(JsonValue value, String path, List<FieldError> errors) {
        switch (value.getValueType()) {
            case STRING -> {
                // checked by the caller
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    JsonValue item = array.get(i);
                    stringRules(item, path + "[" + i + "]", errors);
                    anything(item, path + "[" + i + "]", errors);
                }
            }
            case OBJECT -> value.asJsonObject().forEach((name, member) -> {
                keyRules(name, path, errors);
                stringRules(member, join(path, name), errors);
                anything(member, join(path, name), errors);
            });
            default -> {
                // numbers, booleans and null carry no text
            }
        }
    }

    private static void stringRules(JsonValue value, String path, List<FieldError> errors) {
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            TextRules.problem(((JsonString) value).getString()).ifPresent(key -> errors.add(new FieldError(field(path), key)));
        }
    }

    private static void keyRules(String name, String path, List<FieldError> errors) {
        TextRules.problem(name).ifPresent(key -> errors.add(new FieldError(field(path), key)));
    }

    private static void whole(JsonValue value, String path, long min, long max, List<FieldError> errors) {
        boolean fits = false;
        if (value.getValueType() == JsonValue.ValueType.NUMBER) {
            try {
                BigInteger n = ((JsonNumber) value).bigDecimalValue().toBigIntegerExact();
                fits = n.compareTo(BigInteger.valueOf(min)) >= 0 && n.compareTo(BigInteger.valueOf(max)) <= 0;
            } catch (ArithmeticException e) {
                fits = false;
            }
        }
        if (!fits) {
            errors.add(new FieldError(field(path), "validation.number.whole"));
        }
    }

    private static void date(JsonValue value, Class<?> raw, String path, List<FieldError> errors) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            errors.add(new FieldError(field(path), "validation.date.invalid"));
            return;
        }
        String text = ((JsonString) value).getString();
        int year;
        try {
            year = raw == Instant.class ? Instant.parse(text).atOffset(ZoneOffset.UTC).getYear() : LocalDate.parse(text).getYear();
        } catch (DateTimeException e) {
            errors.add(new FieldError(field(path), "validation.date.invalid"));
            return;
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            errors.add(new FieldError(field(path), "validation.date.out-of-range", MIN_YEAR, MAX_YEAR));
        }
    }

    private static Set<String> constants(Class<?> enumType) {
        Set<String> names = new HashSet<>();
        for (Object constant : enumType.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return names;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return null;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String field(String path) {
        return path.isEmpty() ? BODY : path;
    }
}
