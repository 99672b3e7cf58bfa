package nl.weerbaar.app.web;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * What the accessibility statement says per municipality: where to send feedback
 * ({@code weerbaar.accessibility.contact-email}), the date of the statement and its compliance status.
 */
@ConfigurationProperties("weerbaar.accessibility")
public record AccessibilitySettings(String contactEmail, LocalDate statementDate, Status status) {

    /** The statuses of the Dutch model statement ("voldoet volledig" / "voldoet gedeeltelijk"). */
    public enum Status { FULLY, PARTIALLY }

    public AccessibilitySettings {
        contactEmail = StringUtils.hasText(contactEmail) ? contactEmail.trim() : null;
        statementDate = statementDate == null ? LocalDate.of(2026, 11, 29) : statementDate;
        status = status == null ? Status.PARTIALLY : status;
    }
}
