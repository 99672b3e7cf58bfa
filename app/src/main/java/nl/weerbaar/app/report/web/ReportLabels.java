package nl.weerbaar.app.report.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.weerbaar.app.report.calculation.DurationLine;
import nl.weerbaar.app.report.calculation.FigureLine;
import nl.weerbaar.app.report.calculation.FigureTable;
import nl.weerbaar.incident.api.OfficialKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words of a report in the reader's language (the request's locale; Dutch outside a request): titles,
 * labels, kinds of official, numbers and moments as shown, on the page and in its CSV and PDF.
 */
@Component
public class ReportLabels {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", DUTCH);

    private final MessageSource messages;

    ReportLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String title(FigureTable figure) {
        return message("report.figure." + figure.key());
    }

    public String label(FigureLine line) {
        return line.labelKey() == null ? line.label() : message(line.labelKey());
    }

    public String label(DurationLine line) {
        return message("report.duration." + line.key());
    }

    /** The column heads of a figure's counts: each kind of official, then the total. */
    public List<String> columns() {
        return List.of(message("report.kind.COUNCIL_MEMBER"), message("report.kind.ALDERMAN"),
                message("report.kind.MAYOR"), message("report.kind.total"));
    }

    public List<OfficialKind> kinds() {
        return List.of(OfficialKind.values());
    }

    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, key, locale());
    }

    /** Hours with a decimal comma (a point in English), or a dash when not shown. */
    public String hours(Double hours) {
        return hours == null ? "–"
                : new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(formatLocale())).format(hours);
    }

    public String day(java.time.LocalDate day) {
        return DAY.withLocale(formatLocale()).format(day);
    }

    public String moment(java.time.Instant moment, ZoneId zone) {
        return MOMENT.withLocale(formatLocale()).format(moment.atZone(zone));
    }

    /** The reader's language: the request's, or Dutch where there is no request. */
    static Locale locale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale == null ? DUTCH : locale;
    }

    /** Dates and numbers: Dutch (nl-NL) unless the reader reads English. */
    private static Locale formatLocale() {
        return "en".equals(locale().getLanguage()) ? Locale.UK : DUTCH;
    }
}
