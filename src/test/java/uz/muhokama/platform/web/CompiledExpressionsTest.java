package uz.muhokama.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The compiled evaluator gives what OGNL gives, and leaves to OGNL what it does not handle. */
class CompiledExpressionsTest {

    enum Colour {
        RED,
        GREEN
    }

    record Author(String name, String region) {}

    record Item(long id, String title, Author author, Instant editedAt, Colour colour, List<String> tags) {

        public String label(String prefix) {
            return prefix + ":" + title;
        }

        public long countFor(String key) {
            return key.length();
        }

        public String fails() {
            throw new IllegalStateException("broken");
        }
    }

    private static final Item ITEM =
            new Item(7, "Tarif <b>", new Author("Dilnoza", null), null, Colour.GREEN, List.of("a", "b"));

    private static final String[] SNIPPETS = {
        "<p th:text=\"${item.title()}\">x</p>",
        "<p th:text=\"${item.author().name()}\">x</p>",
        "<p th:text=\"${item.author().region() == null}\">x</p>",
        "<p th:text=\"${item.editedAt() != null}\">x</p>",
        "<p th:text=\"${item.label('clause')}\">x</p>",
        "<p th:text=\"${item.countFor(item.author().name())}\">x</p>",
        "<p th:text=\"${item.colour() == colour}\">x</p>",
        "<p th:text=\"${item.colour() != colour}\">x</p>",
        "<p th:text=\"${item.title() == 'Tarif <b>'}\">x</p>",
        "<p th:text=\"${sections.participation}\">x</p>",
        "<p th:text=\"${sections['participation']}\">x</p>",
        "<p th:text=\"${item.tags().isEmpty()}\">x</p>",
        "<p th:text=\"${item.tags().size()}\">x</p>",
        "<p th:if=\"${item.tags().contains('b')} and !${item.tags().isEmpty()}\">shown</p>",
        "<p th:text=\"${item.id() * 2}\">x</p>",
        "<p th:text=\"${item.editedAt() == null ? 'never' : 'once'}\">x</p>",
        "<p th:text=\"${#strings.toUpperCase(item.title())}\">x</p>",
        "<a th:href=\"|/drafts/${item.id()}?clause=${item.tags().get(0)}|\">x</a>",
        "<p th:each=\"t : ${item.tags()}\" th:text=\"${t}\">x</p>",
    };

    @Test
    void everyExpressionGivesWhatOgnlGives() {
        TemplateEngine compiled = engine(true);
        TemplateEngine ognl = engine(false);
        for (String snippet : SNIPPETS) {
            assertEquals(ognl.process(snippet, context()), compiled.process(snippet, context()), snippet);
        }
    }

    @Test
    void textStaysEscaped() {
        assertEquals("<p>Tarif &lt;b&gt;</p>", engine(true).process("<p th:text=\"${item.title()}\">x</p>", context()));
    }

    @Test
    void plainChainsAndComparisonsAreCompiledAndTheRestIsLeftToOgnl() {
        assertTrue(CompiledExpressions.compiles("draft.discussion().status() == 'open'"));
        assertTrue(CompiledExpressions.compiles("p.countFor(c.number())"));
        assertTrue(CompiledExpressions.compiles("page.displayUrl('font', page.display().smallerFont())"));
        assertTrue(CompiledExpressions.compiles("sections['participation'] != null"));
        assertFalse(CompiledExpressions.compiles("a.size() + 1"));
        assertFalse(CompiledExpressions.compiles("a ? b : c"));
        assertFalse(CompiledExpressions.compiles("#strings.isEmpty(a)"));
        assertFalse(CompiledExpressions.compiles("param.next"), "request parameters keep Thymeleaf's restrictions");
        assertFalse(CompiledExpressions.compiles("a == 'x'"), "one-character quotes are characters to OGNL");
        assertFalse(CompiledExpressions.compiles("new java.io.File('x')"));
        assertFalse(CompiledExpressions.compiles("@java.lang.Runtime@getRuntime()"));
    }

    @Test
    void onlyOurOwnTypesAndAFewReadOnlyJdkMembersAreCalled() {
        TemplateMembers expressions = new TemplateMembers();
        assertNotNull(expressions.member(Item.class, "label", 1));
        assertNull(expressions.member(Item.class, "getClass", 0), "Object's members are left to OGNL's checks");
        assertNull(expressions.member(Item.class, "wait", 0));
        assertNull(expressions.member(Item.class, "notifyAll", 0));
        assertNull(expressions.member(String.class, "toUpperCase", 0));
        assertNull(expressions.member(Runtime.class, "exec", 1));
        assertNull(expressions.member(Class.class, "forName", 1));
        assertNotNull(expressions.member(List.of().getClass(), "isEmpty", 0));
        assertNotNull(expressions.member(HashMap.class, "get", 1));
    }

    @Test
    void aFailingMethodIsReportedAsATemplateError() {
        assertThrows(
                TemplateProcessingException.class,
                () -> engine(true).process("<p th:text=\"${item.fails()}\">x</p>", context()));
    }

    private static Context context() {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("item", ITEM);
        context.setVariable("colour", Colour.GREEN);
        context.setVariable("sections", Map.of("participation", "votes and comments"));
        return context;
    }

    private static TemplateEngine engine(boolean compiled) {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        TemplateEngine engine = new TemplateEngine();
        if (compiled) {
            StandardDialect dialect = new StandardDialect();
            dialect.setVariableExpressionEvaluator(new CompiledExpressions());
            engine.setDialect(dialect);
        }
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
