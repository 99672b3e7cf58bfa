package nl.weerbaar.app.maintenance;

import java.util.List;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The administrator's API: the projections with their state, and rebuilding one by replay. */
@RestController
class ProjectionApi {

    private final ProjectionMaintenance maintenance;

    ProjectionApi(ProjectionMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @GetMapping("/api/admin/projections")
    List<ProjectionStatus> projections(Caller caller) {
        requireAdministrator(caller);
        return maintenance.all();
    }

    /** Answers {@code 202 Accepted} with the status at once; the rebuild runs on. */
    @PostMapping("/api/admin/projections/{name}/rebuild")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name, Caller caller) {
        requireAdministrator(caller);
        ProjectionStatus status = maintenance.rebuild(name, caller.username())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Niet gevonden."));
        return ResponseEntity.accepted().body(status);
    }

    static void requireAdministrator(Caller caller) {
        if (caller.role() != Role.ADMINISTRATOR) {
            throw new NotPermittedException("Alleen de functioneel beheerder bouwt projecties opnieuw op.");
        }
    }
}
