package nl.weerbaar.app.web;

import java.util.List;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.OfficialId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the caller is, so a client can shape itself to the role. */
@RestController
class MeApi {

    record Me(String username, List<String> roles, OfficialId officialId) {
    }

    @GetMapping("/api/me")
    Me me(Caller caller) {
        return new Me(caller.username(), List.of(caller.role().name()), caller.officialId());
    }
}
