package uz.muhokama.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uz.muhokama.platform.Internal;

/**
 * Reads the expressions {@link CompiledExpressions} compiles: {@code chain [(== | !=) (chain | 'text' |
 * null)]}, where a chain is a variable followed by {@code .name}, {@code ['name']} or
 * {@code .name(arg, ...)} and an argument is a chain or a quoted text. Returns null for anything
 * else. One-character quoted texts are left to OGNL, which reads them as characters.
 */
@Internal
final class ExpressionParser {
    private static final Set<String> KEYWORDS = Set.of(
            "and",
            "or",
            "not",
            "eq",
            "neq",
            "lt",
            "gt",
            "lte",
            "gte",
            "null",
            "true",
            "false",
            "new",
            "instanceof",
            "in",
            "shl",
            "shr",
            "ushr",
            "band",
            "bor",
            "xor");

    private final String text;
    private int at;

    private ExpressionParser(String text) {
        this.text = text;
    }

    static ExpressionNode parse(String expression) {
        try {
            ExpressionParser parser = new ExpressionParser(expression);
            ExpressionNode node = parser.expression();
            parser.spaces();
            return parser.at == expression.length() ? node : null;
        } catch (IllegalArgumentException unsupported) {
            return null;
        }
    }

    private ExpressionNode expression() {
        ExpressionNode left = chain();
        spaces();
        if (text.startsWith("==", at) || text.startsWith("!=", at)) {
            boolean negated = text.charAt(at) == '!';
            at += 2;
            spaces();
            ExpressionNode right;
            if (text.startsWith("null", at) && !identifierPart(at + 4)) {
                at += 4;
                right = new ExpressionNode.NullLiteral();
            } else {
                right = argument();
            }
            return new ExpressionNode.Equality(left, right, negated);
        }
        return left;
    }

    private ExpressionNode argument() {
        spaces();
        return at < text.length() && text.charAt(at) == '\'' ? literal() : chain();
    }

    private ExpressionNode chain() {
        spaces();
        String first = identifier();
        if (KEYWORDS.contains(first) || "param".equals(first)) {
            throw new IllegalArgumentException(first);
        }
        ExpressionNode node = new ExpressionNode.Variable(first);
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '.') {
                at++;
                String name = identifier();
                if (at < text.length() && text.charAt(at) == '(') {
                    at++;
                    List<ExpressionNode> args = new ArrayList<>();
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
                    node = new ExpressionNode.Member(node, name, true, List.copyOf(args));
                } else {
                    node = new ExpressionNode.Member(node, name, false, List.of());
                }
            } else if (c == '[') {
                at++;
                ExpressionNode.Literal key = literal();
                if (at >= text.length() || text.charAt(at++) != ']') {
                    throw new IllegalArgumentException("index");
                }
                node = new ExpressionNode.Member(node, key.text(), false, List.of());
            } else {
                break;
            }
        }
        return node;
    }

    private ExpressionNode.Literal literal() {
        int end = text.indexOf('\'', at + 1);
        if (end < 0) {
            throw new IllegalArgumentException("text");
        }
        String value = text.substring(at + 1, end);
        if (value.length() == 1 || value.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("character");
        }
        at = end + 1;
        return new ExpressionNode.Literal(value);
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
