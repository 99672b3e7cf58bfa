package nl.weerbaar.communication.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.weerbaar.communication.query.PartyLeadersBriefing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the party leaders' briefing as a document: XHTML from the template
 * {@code communication/briefing-document} rendered to PDF (openhtmltopdf parses it as XML, so the
 * template is XHTML-valid). Made on each request and never stored, in the language of whoever asks for it.
 */
@Component
class BriefingWriter {

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final String municipalityName;
    private final Clock clock;

    BriefingWriter(ITemplateEngine templates, MessageSource messages,
            @Value("${weerbaar.municipality.name:Gemeente Assen}") String municipalityName, Clock clock) {
        this.templates = templates;
        this.messages = messages;
        this.municipalityName = municipalityName;
        this.clock = clock;
    }

    String html(PartyLeadersBriefing briefing, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("briefing", briefing);
        context.setVariable("municipalityName", municipalityName);
        context.setVariable("title", title(briefing, locale));
        context.setVariable("generatedAt", DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale)
                .format(briefing.generatedAt().atZone(clock.getZone())));
        return templates.process("communication/briefing-document", context);
    }

    byte[] pdf(PartyLeadersBriefing briefing, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html(briefing, locale), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("De briefing kon niet als PDF worden gemaakt", e);
        }
        return out.toByteArray();
    }

    /** "Briefing fractievoorzitters, 1 september 2026 tot en met 30 november 2026", in the reader's language. */
    String title(PartyLeadersBriefing briefing, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        return messages.getMessage("communication.briefing.document.title",
                new Object[] {date.format(briefing.from()), date.format(briefing.to())}, locale);
    }

    String filename(PartyLeadersBriefing briefing, Locale locale) {
        return messages.getMessage("communication.briefing.document.filename", null, locale) + "-" + briefing.from()
                + "-" + briefing.to() + ".pdf";
    }
}
