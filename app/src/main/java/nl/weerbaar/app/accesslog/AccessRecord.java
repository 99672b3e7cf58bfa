package nl.weerbaar.app.accesslog;

import java.time.Instant;

/**
 * One read, as logged: no content and no search terms, only ids and the names of the parameters.
 *
 * @param action     {@code PAGE_VIEW}, {@code API_READ}, {@code SEARCH}, {@code EXPORT} or {@code PDF_DOWNLOAD}
 * @param objectType what was read ({@code INCIDENT}, {@code PROFILE}, {@code INTERVENTION}, ...)
 * @param objectId   its id, or {@code null} for a list
 * @param incidentId the incident the object belongs to, when known (for the review per incident)
 * @param result     {@code OK}, {@code DENIED}, {@code NOT_FOUND}, {@code REJECTED} or {@code ERROR}
 */
public record AccessRecord(Instant at, String actor, String actorRole, String action, String method, String path,
        String parameters, String objectType, String objectId, String incidentId, int status, String result,
        String clientAddress) {
}
