package nl.weerbaar.incident.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats moments for pages in the municipality's time zone ({@code ${@displayTime.format(...)}}), in the
 * page's language (month names).
 */
@Component("displayTime")
public class DisplayTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

    private final Clock clock;

    public DisplayTime(Clock clock) {
        this.clock = clock;
    }

    public String format(Instant moment) {
        return moment == null ? ""
                : DATE_TIME.withLocale(LocaleContextHolder.getLocale()).format(moment.atZone(clock.getZone()));
    }
}
