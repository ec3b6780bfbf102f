package uz.muhokama.platform.web;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uz.muhokama.platform.Internal;

/**
 * The methods a compiled template expression may call, each resolved once per class: any public method
 * of our own classes ({@code uz.muhokama}), never one declared by {@code Object}, a static one or one
 * returning a {@code Class}; of the JDK's types only a few read-only members of strings, collections and
 * maps. Everything else is left to OGNL and Thymeleaf's own restrictions ({@link CompiledExpressions}).
 */
@Internal
final class TemplateMembers {

    private static final Object NOT_ALLOWED = new Object();

    private static final Set<String> JDK_MEMBERS = Set.of(
            "Map.isEmpty/0",
            "Map.size/0",
            "Map.get/1",
            "Map.containsKey/1",
            "Collection.isEmpty/0",
            "Collection.size/0",
            "Collection.contains/1",
            "String.isEmpty/0",
            "String.isBlank/0",
            "String.length/0");

    private final ClassValue<Map<String, Object>> members = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** The method for {@code name} with {@code arity} parameters on {@code type}, or null if not allowed. */
    Method member(Class<?> type, String name, int arity) {
        Map<String, Object> byName = members.get(type);
        String key = name + '/' + arity;
        Object found = byName.get(key);
        if (found == null) {
            Method resolved = resolve(type, name, arity);
            found = resolved == null ? NOT_ALLOWED : resolved;
            byName.put(key, found);
        }
        return found == NOT_ALLOWED ? null : (Method) found;
    }

    private static Method resolve(Class<?> type, String name, int arity) {
        if (type.getName().startsWith("uz.muhokama.")) {
            Method only = null;
            for (Method m : type.getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == arity) {
                    if (only != null) {
                        return null; // overloaded: OGNL picks
                    }
                    only = m;
                }
            }
            if (only == null
                    || only.getDeclaringClass() == Object.class
                    || only.getReturnType() == Class.class
                    || Modifier.isStatic(only.getModifiers())) {
                return null;
            }
            only.setAccessible(true); // records nested in package-private places
            return only;
        }
        Class<?> api = Map.class.isAssignableFrom(type)
                ? Map.class
                : Collection.class.isAssignableFrom(type)
                        ? Collection.class
                        : type == String.class ? String.class : null;
        if (api == null || !JDK_MEMBERS.contains(api.getSimpleName() + '.' + name + '/' + arity)) {
            return null;
        }
        try {
            return arity == 0 ? api.getMethod(name) : api.getMethod(name, Object.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
