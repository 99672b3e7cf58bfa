package nl.weerbaar.incident.web;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReportReceipt;
import nl.weerbaar.incident.query.IncidentPage;
import nl.weerbaar.incident.query.IncidentRegister;
import nl.weerbaar.incident.query.IncidentView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/incidents}: report incidents and read the ones the caller may see. */
@RestController
@RequestMapping("/api/incidents")
class IncidentApi {

    static final Duration PROJECTION_WAIT = Duration.ofSeconds(5);
    static final int MAX_PAGE_SIZE = 100;

    private final CommandGateway commands;
    private final IncidentRegister register;

    IncidentApi(CommandGateway commands, IncidentRegister register) {
        this.commands = commands;
        this.register = register;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> report(@RequestBody IncidentRequest request, Caller caller) {
        IncidentReportReceipt receipt = commands.sendAndWait(request.toCommand(caller));
        // Answer only once the register shows it, so a GET right after this sees the incident.
        register.awaitRecorded(receipt.incidentId(), PROJECTION_WAIT);
        Map<String, Object> body = Map.of("incidentId", receipt.incidentId(), "reference", receipt.reference());
        if (!receipt.newlyReported()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.created(URI.create("/api/incidents/" + receipt.incidentId())).body(body);
    }

    @GetMapping("/{incidentId}")
    IncidentView incident(@PathVariable IncidentId incidentId, Caller caller) {
        return register.find(incidentId, caller).orElseThrow(() -> notFound(incidentId));
    }

    @GetMapping
    IncidentPage incidents(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            Caller caller) {
        return register.list(caller, Math.max(0, page), Math.min(MAX_PAGE_SIZE, Math.max(1, size)));
    }

    /** Unknown and not-yours look the same, so nobody learns that someone else's incident exists. */
    static ResponseStatusException notFound(IncidentId incidentId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Incident " + incidentId + " not found");
    }
}
