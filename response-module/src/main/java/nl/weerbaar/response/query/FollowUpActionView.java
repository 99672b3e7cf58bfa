package nl.weerbaar.response.query;

import java.time.LocalDate;

/**
 * One follow-up action of a safety scan.
 *
 * @param doneOn {@code null} while it is still to be done
 */
public record FollowUpActionView(String action, LocalDate doneOn) {
}
