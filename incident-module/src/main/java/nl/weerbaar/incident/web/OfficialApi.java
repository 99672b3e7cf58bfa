package nl.weerbaar.incident.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.RegisterOfficial;
import nl.weerbaar.incident.query.OfficialView;
import nl.weerbaar.incident.query.Officials;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/officials}: the municipality's officials, for case handlers and the administrator. */
@RestController
@RequestMapping("/api/officials")
class OfficialApi {

    private final CommandGateway commands;
    private final Officials officials;

    OfficialApi(CommandGateway commands, Officials officials) {
        this.commands = commands;
        this.officials = officials;
    }

    @GetMapping
    List<OfficialView> officials(Caller caller) {
        if (!caller.role().mayListOfficials()) {
            throw new NotPermittedException("Only case handlers and the administrator list officials.");
        }
        return officials.all();
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@RequestBody OfficialRequest request, Caller caller) {
        if (!caller.role().mayRegisterOfficials()) {
            throw new NotPermittedException("Only the administrator registers officials.");
        }
        OfficialId officialId = new OfficialId(UUID.randomUUID());
        commands.sendAndWait(new RegisterOfficial(officialId, request.name(), request.kind()));
        return ResponseEntity.created(URI.create("/api/officials/" + officialId))
                .body(Map.of("officialId", officialId));
    }
}
