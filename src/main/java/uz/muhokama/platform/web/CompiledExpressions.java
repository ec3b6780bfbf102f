package uz.muhokama.platform.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import uz.muhokama.platform.Internal;

/**
 * Evaluates the plain expressions our templates are made of ({@code draft.title()},
 * {@code p.countFor(c.number())}, {@code sections.participation}, {@code x.status() == 'open'},
 * {@code x.editedAt() != null}) with cached reflection, and hands everything else to Thymeleaf's
 * OGNL evaluator unchanged.
 *
 * <p>Why: thread samples of the draft page put about a third of a view in OGNL, which looks up the
 * method, checks Thymeleaf's member restrictions and walks the target's interfaces on every
 * evaluation (docs/benchmarks.md). Here an expression is parsed once and a member is resolved once
 * per class.
 *
 * <p>What stays safe: only our own classes ({@code uz.muhokama}) may have any public method called,
 * never one declared by {@code Object} nor one returning a {@code Class}; of the JDK's types only a
 * few read-only members of strings, collections and maps. Expression objects ({@code #...}) and
 * request parameters ({@code param}), which Thymeleaf restricts in some places, anything else and
 * selection expressions go to OGNL with Thymeleaf's own checks.
 */
@Internal
final class CompiledExpressions implements IStandardVariableExpressionEvaluator {

    private static final int MAX_CACHED_EXPRESSIONS = 10_000;
    private static final Object NOT_COMPILED = new Object();

    private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
    private final Map<String, Object> compiled = new ConcurrentHashMap<>();
    private final ClassValue<Map<String, Object>> members = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext executionContext) {
        Node node = expression.getUseSelectionAsRoot() || !(context instanceof IContext) ? null : compiled(expression.getExpression());
        if (node == null) {
            return ognl.evaluate(context, expression, executionContext);
        }
        Object result;
        try {
            result = node.value(context, this);
        } catch (NotCompiled unusual) {
            // A value of a kind this evaluator does not handle: OGNL decides, as it always did.
            return ognl.evaluate(context, expression, executionContext);
        }
        return executionContext.getPerformTypeConversion()
                ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, result, String.class)
                : result;
    }

    private Node compiled(String expression) {
        if (expression == null) {
            return null;
        }
        Object found = compiled.get(expression);
        if (found == null) {
            Node parsed = Parser.parse(expression);
            found = parsed == null ? NOT_COMPILED : parsed;
            if (compiled.size() < MAX_CACHED_EXPRESSIONS) {
                compiled.put(expression, found);
            }
        }
        return found == NOT_COMPILED ? null : (Node) found;
    }

    /** The method for {@code name} with {@code arity} parameters on {@code type}, or null if not allowed. */
    Method member(Class<?> type, String name, int arity) {
        Map<String, Object> byName = members.get(type);
        String key = name + '/' + arity;
        Object found = byName.get(key);
        if (found == null) {
            Method resolved = resolve(type, name, arity);
            found = resolved == null ? NOT_COMPILED : resolved;
            byName.put(key, found);
        }
        return found == NOT_COMPILED ? null : (Method) found;
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
            if (only == null || only.getDeclaringClass() == Object.class || only.getReturnType() == Class.class
                    || Modifier.isStatic(only.getModifiers())) {
                return null;
            }
            only.setAccessible(true); // records nested in package-private places
            return only;
        }
        Class<?> api = Map.class.isAssignableFrom(type) ? Map.class
                : Collection.class.isAssignableFrom(type) ? Collection.class
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

    private static final java.util.Set<String> JDK_MEMBERS = java.util.Set.of("Map.isEmpty/0", "Map.size/0", "Map.get/1",
            "Map.containsKey/1", "Collection.isEmpty/0", "Collection.size/0", "Collection.contains/1", "String.isEmpty/0",
            "String.isBlank/0", "String.length/0");

    /** Thrown when a value turns out to be of a kind left to OGNL. */
    private static final class NotCompiled extends RuntimeException {
        private static final NotCompiled INSTANCE = new NotCompiled();

        private NotCompiled() {
            super(null, null, false, false);
        }
    }

    private interface Node {
        Object value(IExpressionContext context, CompiledExpressions members);
    }

    private record Literal(String text) implements Node {
        @Override
        public Object value(IExpressionContext context, CompiledExpressions members) {
            return text;
        }
    }

    private record Variable(String name) implements Node {
        @Override
        public Object value(IExpressionContext context, CompiledExpressions members) {
            return context.getVariable(name);
        }
    }

    /** {@code target.name}, {@code target['name']} or {@code target.name(args)}. */
    private static final class Member implements Node {
        private final Node target;
        private final String name;
        private final boolean call;
        private final List<Node> args;
        /** The class last seen here and its method: one expression almost always meets one class. */
        private volatile Resolved last;

        private record Resolved(Class<?> type, Method method) {}

        Member(Node target, String name, boolean call, List<Node> args) {
            this.target = target;
            this.name = name;
            this.call = call;
            this.args = args;
        }

        @Override
        public Object value(IExpressionContext context, CompiledExpressions members) {
            Object on = target.value(context, members);
            if (on == null) {
                throw NotCompiled.INSTANCE; // OGNL reports it as before
            }
            if (!call) {
                if (on instanceof Map<?, ?> map) {
                    return map.get(name);
                }
                throw NotCompiled.INSTANCE; // bean properties of objects: OGNL's rules
            }
            Resolved seen = last;
            if (seen == null || seen.type() != on.getClass()) {
                seen = new Resolved(on.getClass(), members.member(on.getClass(), name, args.size()));
                last = seen;
            }
            Method method = seen.method();
            if (method == null) {
                throw NotCompiled.INSTANCE;
            }
            Object[] values = new Object[args.size()];
            Class<?>[] types = method.getParameterTypes();
            for (int i = 0; i < values.length; i++) {
                values[i] = args.get(i).value(context, members);
                if (values[i] == null ? types[i].isPrimitive() : !box(types[i]).isInstance(values[i])) {
                    throw NotCompiled.INSTANCE;
                }
            }
            try {
                return method.invoke(on, values);
            } catch (IllegalAccessException e) {
                throw NotCompiled.INSTANCE;
            } catch (InvocationTargetException e) {
                throw new TemplateProcessingException("Exception evaluating expression member \"" + name + "\"", e.getCause());
            }
        }

        private static Class<?> box(Class<?> type) {
            if (!type.isPrimitive()) {
                return type;
            }
            return type == int.class ? Integer.class : type == long.class ? Long.class : type == boolean.class ? Boolean.class
                    : type == double.class ? Double.class : type == char.class ? Character.class : Object.class;
        }
    }

    /** {@code left == right} or {@code left != right}, where one side is null or both are strings or enum constants. */
    private record Equality(Node left, Node right, boolean negated) implements Node {
        @Override
        public Object value(IExpressionContext context, CompiledExpressions members) {
            Object a = left.value(context, members);
            Object b = right.value(context, members);
            boolean equal;
            if (a == null || b == null) {
                equal = a == b;
            } else if (a instanceof String && b instanceof String) {
                equal = a.equals(b);
            } else if (a instanceof Enum<?> && b instanceof Enum<?>) {
                equal = a == b; // OGNL compares two constants of one enum by position, so only the same one is equal
            } else {
                throw NotCompiled.INSTANCE; // numbers, enums and the rest: OGNL's conversions apply
            }
            return equal != negated;
        }
    }

    private record NullLiteral() implements Node {
        @Override
        public Object value(IExpressionContext context, CompiledExpressions members) {
            return null;
        }
    }

    /**
     * {@code chain [(== | !=) (chain | 'text' | null)]}, where a chain is a variable followed by
     * {@code .name}, {@code ['name']} or {@code .name(arg, ...)} and an argument is a chain or a
     * quoted text. Returns null for anything else. One-character quoted texts are left to OGNL,
     * which reads them as characters.
     */
    static final class Parser {
        private static final java.util.Set<String> KEYWORDS = java.util.Set.of("and", "or", "not", "eq", "neq", "lt", "gt",
                "lte", "gte", "null", "true", "false", "new", "instanceof", "in", "shl", "shr", "ushr", "band", "bor", "xor");

        private final String text;
        private int at;

        private Parser(String text) {
            this.text = text;
        }

        static Node parse(String expression) {
            try {
                Parser parser = new Parser(expression);
                Node node = parser.expression();
                parser.spaces();
                return parser.at == expression.length() ? node : null;
            } catch (IllegalArgumentException unsupported) {
                return null;
            }
        }

        private Node expression() {
            Node left = chain();
            spaces();
            if (text.startsWith("==", at) || text.startsWith("!=", at)) {
                boolean negated = text.charAt(at) == '!';
                at += 2;
                spaces();
                Node right;
                if (text.startsWith("null", at) && !identifierPart(at + 4)) {
                    at += 4;
                    right = new NullLiteral();
                } else {
                    right = argument();
                }
                return new Equality(left, right, negated);
            }
            return left;
        }

        private Node argument() {
            spaces();
            return at < text.length() && text.charAt(at) == '\'' ? literal() : chain();
        }

        private Node chain() {
            spaces();
            String first = identifier();
            if (KEYWORDS.contains(first) || "param".equals(first)) {
                throw new IllegalArgumentException(first);
            }
            Node node = new Variable(first);
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '.') {
                    at++;
                    String name = identifier();
                    if (at < text.length() && text.charAt(at) == '(') {
                        at++;
                        List<Node> args = new ArrayList<>();
                        spaces();
                        if (at < text.length() && text.charAt(at) == ')') {
                            at++;
                        } else {
                            while (true) {
                                args.add(argument());
                                spaces();
                                char next = at < text.length() ? text.charAt(at++) : 0;
                                if (next == ')') {
                                    break;
                                }
                                if (next != ',') {
                                    throw new IllegalArgumentException("argument list");
                                }
                            }
                        }
                        node = new Member(node, name, true, List.copyOf(args));
                    } else {
                        node = new Member(node, name, false, List.of());
                    }
                } else if (c == '[') {
                    at++;
                    Literal key = literal();
                    if (at >= text.length() || text.charAt(at++) != ']') {
                        throw new IllegalArgumentException("index");
                    }
                    node = new Member(node, key.text(), false, List.of());
                } else {
                    break;
                }
            }
            return node;
        }

        private Literal literal() {
            int end = text.indexOf('\'', at + 1);
            if (end < 0) {
                throw new IllegalArgumentException("text");
            }
            String value = text.substring(at + 1, end);
            if (value.length() == 1 || value.indexOf('\\') >= 0) {
                throw new IllegalArgumentException("character");
            }
            at = end + 1;
            return new Literal(value);
        }

        private String identifier() {
            int start = at;
            if (at >= text.length() || !Character.isJavaIdentifierStart(text.charAt(at)) || text.charAt(at) == '$') {
                throw new IllegalArgumentException("identifier");
            }
            while (identifierPart(at)) {
                at++;
            }
            return text.substring(start, at);
        }

        private boolean identifierPart(int index) {
            return index < text.length() && Character.isJavaIdentifierPart(text.charAt(index)) && text.charAt(index) != '$';
        }

        private void spaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }

    static boolean compiles(String expression) {
        return Parser.parse(Objects.requireNonNull(expression)) != null;
    }
}
