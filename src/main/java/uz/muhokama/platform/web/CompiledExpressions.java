package uz.muhokama.platform.web;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IExpressionContext;
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
    private final TemplateMembers members = new TemplateMembers();

    @Override
    public Object evaluate(
            IExpressionContext context,
            IStandardVariableExpression expression,
            StandardExpressionExecutionContext executionContext) {
        ExpressionNode node = expression.getUseSelectionAsRoot() || !(context instanceof IContext)
                ? null
                : compiled(expression.getExpression());
        if (node == null) {
            return ognl.evaluate(context, expression, executionContext);
        }
        Object result;
        try {
            result = node.value(context, members);
        } catch (ExpressionNode.LeftToOgnl unusual) {
            // A value of a kind this evaluator does not handle: OGNL decides, as it always did.
            return ognl.evaluate(context, expression, executionContext);
        }
        return executionContext.getPerformTypeConversion()
                ? StandardExpressions.getConversionService(context.getConfiguration())
                        .convert(context, result, String.class)
                : result;
    }

    private ExpressionNode compiled(String expression) {
        if (expression == null) {
            return null;
        }
        Object found = compiled.get(expression);
        if (found == null) {
            ExpressionNode parsed = ExpressionParser.parse(expression);
            found = parsed == null ? NOT_COMPILED : parsed;
            if (compiled.size() < MAX_CACHED_EXPRESSIONS) {
                compiled.put(expression, found);
            }
        }
        return found == NOT_COMPILED ? null : (ExpressionNode) found;
    }

    static boolean compiles(String expression) {
        return ExpressionParser.parse(Objects.requireNonNull(expression)) != null;
    }
}
