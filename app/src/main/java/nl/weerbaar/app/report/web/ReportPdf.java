package nl.weerbaar.app.report.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import nl.weerbaar.app.report.calculation.PeriodReport;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The whole report as PDF for the council, in the language of whoever downloads it: the XHTML template
 * {@code reports/report-pdf} rendered by openhtmltopdf. Its charts are drawn with CSS bars (openhtmltopdf draws no SVG without an extra
 * library), beside the same tables as the page.
 */
@Component
class ReportPdf {

    private final ITemplateEngine templates;
    private final ReportLabels labels;

    ReportPdf(ITemplateEngine templates, ReportLabels labels) {
        this.templates = templates;
        this.labels = labels;
    }

    byte[] write(PeriodReport report, ZoneId zone, String municipality) {
        Context context = new Context(ReportLabels.locale());
        context.setVariable("report", report);
        context.setVariable("labels", labels);
        context.setVariable("zone", zone);
        context.setVariable("municipality", municipality);
        context.setVariable("title", labels.message("report.pdf.title", labels.day(report.from()),
                labels.day(report.to())));
        String html = templates.process("reports/report-pdf", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("De rapportage kon niet als PDF worden gemaakt", e);
        }
        return out.toByteArray();
    }
}
