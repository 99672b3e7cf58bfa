package nl.weerbaar.app.web;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.spring6.context.SpringContextUtils;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Every page whose form came back with errors says so first in its title ("Fout: Voorval melden -
 * Weerbaar"), so a screen reader user hears it before anything else. Done once, here, for every page:
 * a page has form errors when its model's {@code errors} (each module's PageErrors/FormErrors) is not
 * empty. A title that already starts with the prefix (in any of our languages) is left alone, so a
 * page may still write it itself.
 */
@Component
class ErrorTitles extends AbstractDialect implements IPostProcessorDialect {

    static final String PREFIX_KEY = "layout.title.error-prefix";

    ErrorTitles() {
        super("Weerbaar error titles");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
    }

    /** True when the page's model holds form errors: an {@code errors} object that is not empty. */
    static boolean hasFormErrors(Object errors) {
        if (errors == null) {
            return false;
        }
        if (errors instanceof Collection<?> list) {
            return !list.isEmpty();
        }
        try {
            return !(Boolean) errors.getClass().getMethod("isEmpty").invoke(errors);
        } catch (ReflectiveOperationException | ClassCastException notFormErrors) {
            return false;
        }
    }

    /** Thymeleaf makes one per rendering (no-argument constructor). */
    public static final class Handler extends AbstractTemplateHandler {

        private ITemplateContext context;
        private boolean inTitle;
        private boolean titleSeen;

        @Override
        public void setContext(ITemplateContext context) {
            super.setContext(context);
            this.context = context;
        }

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            // Only the document's own title, the first one: not a <title> inside an inline SVG.
            inTitle = !titleSeen && "title".equalsIgnoreCase(tag.getElementCompleteName());
            titleSeen |= inTitle;
            super.handleOpenElement(tag);
        }

        @Override
        public void handleCloseElement(ICloseElementTag tag) {
            inTitle = false;
            super.handleCloseElement(tag);
        }

        @Override
        public void handleText(IText text) {
            if (inTitle && hasFormErrors(context.getVariable("errors"))) {
                String prefix = context.getMessage(ErrorTitles.class, PREFIX_KEY, new Object[0], false);
                String title = text.getText().strip();
                if (prefix != null && !title.isEmpty() && !prefixed(title)) {
                    super.handleText(context.getModelFactory().createText(prefix + " " + title));
                    inTitle = false;
                    return;
                }
            }
            super.handleText(text);
        }

        /** A page that put the prefix in itself, in any of our languages, keeps it once. */
        private boolean prefixed(String title) {
            ApplicationContext application = SpringContextUtils.getApplicationContext(context);
            return LanguageConfiguration.LANGUAGES.stream()
                    .map(language -> application == null ? null
                            : application.getMessage(PREFIX_KEY, null, null, Locale.forLanguageTag(language)))
                    .anyMatch(prefix -> prefix != null && title.startsWith(prefix));
        }
    }
}
