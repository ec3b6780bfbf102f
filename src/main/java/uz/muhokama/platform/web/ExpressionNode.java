package uz.muhokama.platform.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import uz.muhokama.platform.Internal;

/**
 * One compiled template expression, or a part of one ({@link ExpressionParser} builds them), evaluated
 * with cached reflection and the members {@link TemplateMembers} allows. A value of a kind these nodes
 * do not handle throws {@link LeftToOgnl}, and the whole expression is then evaluated by OGNL as it
 * always was.
 */
@Internal
interface ExpressionNode {

    Object value(IExpressionContext context, TemplateMembers members);

    /** Thrown when a value turns out to be of a kind left to OGNL. */
    final class LeftToOgnl extends RuntimeException {
        private static final LeftToOgnl INSTANCE = new LeftToOgnl();

        private LeftToOgnl() {
            super(null, null, false, false);
        }
    }

    record Literal(String text) implements ExpressionNode {
        @Override
        public Object value(IExpressionContext context, TemplateMembers members) {
            return text;
        }
    }

    record Variable(String name) implements ExpressionNode {
        @Override
        public Object value(IExpressionContext context, TemplateMembers members) {
            return context.getVariable(name);
        }
    }

    /** {@code target.name}, {@code target['name']} or {@code target.name(args)}. */
    final class Member implements ExpressionNode {
        private final ExpressionNode target;
        private final String name;
        private final boolean call;
        private final List<ExpressionNode> args;
        /** The class last seen here and its method: one expression almost always meets one class. */
        private volatile Resolved last;

        private record Resolved(Class<?> type, Method method) {}

        Member(ExpressionNode target, String name, boolean call, List<ExpressionNode> args) {
            this.target = target;
            this.name = name;
            this.call = call;
            this.args = args;
        }

        @Override
        public Object value(IExpressionContext context, TemplateMembers members) {
            Object on = target.value(context, members);
            if (on == null) {
                throw LeftToOgnl.INSTANCE; // OGNL reports it as before
            }
            if (!call) {
                if (on instanceof Map<?, ?> map) {
                    return map.get(name);
                }
                throw LeftToOgnl.INSTANCE; // bean properties of objects: OGNL's rules
            }
            Resolved seen = last;
            if (seen == null || seen.type() != on.getClass()) {
                seen = new Resolved(on.getClass(), members.member(on.getClass(), name, args.size()));
                last = seen;
            }
            Method method = seen.method();
            if (method == null) {
                throw LeftToOgnl.INSTANCE;
            }
            Object[] values = new Object[args.size()];
            Class<?>[] types = method.getParameterTypes();
            for (int i = 0; i < values.length; i++) {
                values[i] = args.get(i).value(context, members);
                if (values[i] == null ? types[i].isPrimitive() : !box(types[i]).isInstance(values[i])) {
                    throw LeftToOgnl.INSTANCE;
                }
            }
            try {
                return method.invoke(on, values);
            } catch (IllegalAccessException e) {
                throw LeftToOgnl.INSTANCE;
            } catch (InvocationTargetException e) {
                throw new TemplateProcessingException(
                        "Exception evaluating expression member \"" + name + "\"", e.getCause());
            }
        }

        private static Class<?> box(Class<?> type) {
            if (!type.isPrimitive()) {
                return type;
            }
            return type == int.class
                    ? Integer.class
                    : type == long.class
                            ? Long.class
                            : type == boolean.class
                                    ? Boolean.class
                                    : type == double.class
                                            ? Double.class
                                            : type == char.class ? Character.class : Object.class;
        }
    }

    /** {@code left == right} or {@code left != right}, where one side is null or both are strings or enum constants. */
    record Equality(ExpressionNode left, ExpressionNode right, boolean negated) implements ExpressionNode {
        @Override
        public Object value(IExpressionContext context, TemplateMembers members) {
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
                throw LeftToOgnl.INSTANCE; // numbers, enums and the rest: OGNL's conversions apply
            }
            return equal != negated;
        }
    }

    record NullLiteral() implements ExpressionNode {
        @Override
        public Object value(IExpressionContext context, TemplateMembers members) {
            return null;
        }
    }
}
