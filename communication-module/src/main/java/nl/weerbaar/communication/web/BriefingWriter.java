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
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the party leaders' briefing as a document: XHTML from the template
 * {@code communication/briefing-document} rendered to PDF (openhtmltopdf parses it as XML, so the
 * template is XHTML-valid). Made on each request and never stored.
 */
@Component
class BriefingWriter {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", DUTCH);

    private final ITemplateEngine templates;
    private final String municipalityName;
    private final Clock clock;

    BriefingWriter(ITemplateEngine templates,
            @Value("${weerbaar.municipality.name:Gemeente Assen}") String municipalityName, Clock clock) {
        this.templates = templates;
        this.municipalityName = municipalityName;
        this.clock = clock;
    }

    String html(PartyLeadersBriefing briefing) {
        Context context = new Context(DUTCH);
        context.setVariable("briefing", briefing);
        context.setVariable("municipalityName", municipalityName);
        context.setVariable("title", title(briefing));
        context.setVariable("generatedAt", DATE_TIME.format(briefing.generatedAt().atZone(clock.getZone())));
        return templates.process("communication/briefing-document", context);
    }

    byte[] pdf(PartyLeadersBriefing briefing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html(briefing), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("De briefing kon niet als PDF worden gemaakt", e);
        }
        return out.toByteArray();
    }

    static String title(PartyLeadersBriefing briefing) {
        return "Briefing fractievoorzitters, " + DATE.format(briefing.from()) + " tot en met " + DATE.format(briefing.to());
    }

    static String filename(PartyLeadersBriefing briefing) {
        return "briefing-fractievoorzitters-" + briefing.from() + "-" + briefing.to() + ".pdf";
    }
}
