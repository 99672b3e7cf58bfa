package nl.weerbaar.aftercare.query;

import java.time.LocalDate;
import java.util.UUID;
import nl.weerbaar.aftercare.api.AftercareKind;

/**
 * Aftercare the official asked for, and how far it got.
 *
 * @param status {@code REQUESTED}, {@code ARRANGED} or {@code COMPLETED}
 */
public record AftercareView(UUID aftercareId, AftercareKind kind, String description, LocalDate requestedOn,
        String requestedByRole, String arrangedBy, String arrangedWith, LocalDate arrangedOn, LocalDate completedOn,
        String completionNote, String status, boolean personalDataErased) {
}
