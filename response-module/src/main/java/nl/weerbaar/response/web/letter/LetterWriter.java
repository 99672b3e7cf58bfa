package nl.weerbaar.response.web.letter;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a corrective letter on the municipality's letterhead: HTML from the Thymeleaf template
 * {@code responses/letter} (the preview), and the same HTML rendered to PDF, so what the case handler
 * previews is what is sent. The template is XHTML-valid because openhtmltopdf parses it as XML.
 */
@Component
public class LetterWriter {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private final ITemplateEngine templates;
    private final LetterheadSettings letterhead;

    public LetterWriter(ITemplateEngine templates, LetterheadSettings letterhead) {
        this.templates = templates;
        this.letterhead = letterhead;
    }

    public String html(CorrectiveLetter letter) {
        Context context = new Context(DUTCH);
        context.setVariable("letter", letter);
        context.setVariable("content", letter.content());
        context.setVariable("letterhead", letterhead);
        context.setVariable("date", DATE.format(letter.date()));
        context.setVariable("title", title(letter));
        return templates.process("responses/letter", context);
    }

    public byte[] pdf(CorrectiveLetter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html(letter), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("De brief kon niet als PDF worden gemaakt", e);
        }
        return out.toByteArray();
    }

    /** Also the PDF's title metadata, which screen readers and document systems show. */
    static String title(CorrectiveLetter letter) {
        return "Corrigerende brief, kenmerk " + letter.reference();
    }
}
