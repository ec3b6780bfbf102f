package uz.muhokama.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uz.muhokama.platform.cache.Caches;
import uz.muhokama.platform.i18n.Messages;

/** Renders a {@link View} with Thymeleaf, which escapes every {@code th:text} by default. */
@Provider
@Produces(MediaType.TEXT_HTML)
@ApplicationScoped
public class ThymeleafViewWriter implements MessageBodyWriter<View> {

    @Inject
    Messages messages;

    @Inject
    PageContext page;

    @Inject
    Caches caches;

    @Inject
    @ConfigProperty(name = "muhokama.templates.cache", defaultValue = "true")
    boolean cacheTemplates;

    private TemplateEngine engine;

    private SharedHeaders headers;

    @PostConstruct
    void init() {
        engine = createEngine(messages, cacheTemplates);
        headers = cacheTemplates ? new SharedHeaders(engine, caches) : null;
    }

    static TemplateEngine createEngine(Messages messages, boolean cache) {
        ClassLoaderTemplateResolver resolver =
                new ClassLoaderTemplateResolver(ThymeleafViewWriter.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(cache);
        TemplateEngine engine = new TemplateEngine();
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new CompiledExpressions());
        engine.setDialect(dialect);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver(messages));
        return engine;
    }

    /** The page as UTF-8 bytes, for this request's reader (language, display settings, who is signed in). */
    public byte[] render(View view) {
        return render(engine, headers, view, page);
    }

    /** The same with the engine, the shared headers (null: none) and the reader given. */
    static byte[] render(TemplateEngine engine, SharedHeaders headers, View view, PageContext page) {
        Context context = new Context(page.language().locale());
        context.setVariables(view.model());
        context.setVariable("page", page);
        if (headers != null && !page.signedIn()) {
            context.setVariable(SharedHeaders.VARIABLE, headers.headerFor(page));
        }
        // Thymeleaf writes many small pieces: they are encoded into one unsynchronized buffer as they come
        // and sent with their length, so slow links get a plain, unchunked answer (docs/benchmarks.md).
        Utf8Buffer writer = new Utf8Buffer(16 * 1024);
        engine.process(view.template(), context, writer);
        return writer.toByteArray();
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return View.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            View view,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out) {
        headers.putSingle("Content-Type", MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        byte[] html = render(view);
        headers.putSingle("Content-Length", html.length);
        try {
            out.write(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
