package uz.muhokama.platform.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.TextRules;

/**
 * What a parsed JSON value must be to be read as the Java type a resource expects, so that JSON-B's
 * lenient reading never changes what was sent (see {@link StrictJsonBodies}, which applies these rules
 * to every body): whole numbers that fit, real booleans, known enum constants, dates in range, objects
 * and arrays where records and lists are expected, and every string anywhere, keys too, passing
 * {@link TextRules}. Each problem is one {@link FieldError} named by its place ({@code clauses[2].text}).
 */
public final class JsonBodyRules {

    /** Years a date may name: what both databases' TIMESTAMP columns hold, and far beyond any discussion. */
    static final int MIN_YEAR = 1900;

    static final int MAX_YEAR = 9999;
    private static final String BODY = "body";

    private JsonBodyRules() {}

    /** Every problem of {@code value} read as {@code target}; empty when JSON-B may read it. */
    static List<FieldError> problems(JsonValue value, Type target) {
        List<FieldError> errors = new ArrayList<>();
        check(value, target, "", errors);
        return errors;
    }

    private static void check(JsonValue value, Type type, String path, List<FieldError> errors) {
        Class<?> raw = raw(type);
        JsonValue.ValueType kind = value.getValueType();
        if (kind == JsonValue.ValueType.STRING) {
            String text = ((JsonString) value).getString();
            TextRules.problem(text).ifPresent(key -> errors.add(new FieldError(field(path), key)));
        }
        if (raw == JsonObject.class && kind != JsonValue.ValueType.OBJECT && kind != JsonValue.ValueType.NULL) {
            errors.add(new FieldError(
                    field(path), "validation.body.object-expected")); // an array was a ClassCastException
            return;
        }
        if (raw == JsonArray.class && kind != JsonValue.ValueType.ARRAY && kind != JsonValue.ValueType.NULL) {
            errors.add(new FieldError(field(path), "validation.body.array-expected"));
            return;
        }
        if (kind == JsonValue.ValueType.NULL
                || raw == null
                || raw == Object.class
                || JsonValue.class.isAssignableFrom(raw)) {
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
            boolean typed = raw(element) != null
                    && raw(element) != Object.class
                    && !JsonValue.class.isAssignableFrom(raw(element));
            for (int i = 0; i < array.size(); i++) {
                if (typed && array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                    // A list of clauses, roles or decisions has no place for "nothing": it reached the services as
                    // null.
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
     * into a page form or uploaded as a file), which {@link StrictJsonBodies} never sees.
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
            case OBJECT ->
                value.asJsonObject().forEach((name, member) -> {
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
            TextRules.problem(((JsonString) value).getString())
                    .ifPresent(key -> errors.add(new FieldError(field(path), key)));
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
            year = raw == Instant.class
                    ? Instant.parse(text).atOffset(ZoneOffset.UTC).getYear()
                    : LocalDate.parse(text).getYear();
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
