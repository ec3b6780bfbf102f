package uz.muhokama.platform.web;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;

/** Lets templates say {@code #{key}} and get the same uz/uz-Cyrl/ru/en bundles as the API and Excel files. */
final class BundleMessageResolver implements IMessageResolver {

    private final Messages messages;

    BundleMessageResolver(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String getName() {
        return "muhokama-bundles";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        Language language = Language.of(context.getLocale());
        return messages.has(language, key) ? messages.get(language, key, parameters) : null; // one map lookup each
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        return "??" + key + "??";
    }
}
