package nl.weerbaar.incident.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incident.api.AdoptNorm;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.RetireNorm;
import nl.weerbaar.incident.api.ReviseNorm;
import nl.weerbaar.incident.query.NormView;
import nl.weerbaar.incident.query.NormsFramework;
import nl.weerbaar.incident.query.NormsProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/norms}: the norms framework. Case handlers read it to assess; the administrator adopts,
 * rewords and retires norms as council and college agreed.
 */
@RestController
@RequestMapping("/api/norms")
class NormApi {

    private final CommandGateway commands;
    private final NormsFramework framework;
    private final ProjectionSync projections;

    NormApi(CommandGateway commands, NormsFramework framework, ProjectionSync projections) {
        this.commands = commands;
        this.framework = framework;
        this.projections = projections;
    }

    /** A norm in its current version. */
    record NormJson(NormId normId, String code, String title, String description, int version, LocalDate validFrom,
            boolean retired, LocalDate retiredOn) {

        static NormJson of(NormView norm) {
            return new NormJson(norm.normId(), norm.code(), norm.title(), norm.description(), norm.version(),
                    norm.validFrom(), norm.isRetired(), norm.retiredOn());
        }
    }

    /** A norm in its current version, with every version it had, oldest first. */
    record NormHistoryJson(NormId normId, String code, String title, String description, int version,
            LocalDate validFrom, boolean retired, LocalDate retiredOn, List<VersionJson> versions) {
    }

    record VersionJson(int version, String title, String description, LocalDate validFrom) {
    }

    record AdoptionRequest(String code, String title, String description, LocalDate adoptedOn) {
    }

    record RevisionRequest(String title, String description, LocalDate revisedOn) {
    }

    record RetirementRequest(LocalDate retiredOn) {
    }

    @GetMapping
    List<NormJson> norms(Caller caller) {
        requireReader(caller);
        return framework.all().stream().map(NormJson::of).toList();
    }

    @GetMapping("/{normId}")
    NormHistoryJson norm(@PathVariable NormId normId, Caller caller) {
        requireReader(caller);
        return history(normId);
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> adopt(@RequestBody AdoptionRequest request, Caller caller) {
        requireMaintainer(caller);
        NormId normId = new NormId(UUID.randomUUID());
        commands.sendAndWait(new AdoptNorm(normId, request.code(), request.title(), request.description(),
                request.adoptedOn()));
        // Answer only once the framework shows it, so a GET right after this sees the norm.
        projections.awaitCaughtUp(NormsProjection.NAME);
        return ResponseEntity.created(URI.create("/api/norms/" + normId)).body(Map.of("normId", normId));
    }

    @PostMapping("/{normId}/revisions")
    NormHistoryJson revise(@PathVariable NormId normId, @RequestBody RevisionRequest request, Caller caller) {
        requireMaintainer(caller);
        return decide(normId, new ReviseNorm(normId, request.title(), request.description(), request.revisedOn()));
    }

    @PostMapping("/{normId}/retirement")
    NormHistoryJson retire(@PathVariable NormId normId, @RequestBody RetirementRequest request, Caller caller) {
        requireMaintainer(caller);
        return decide(normId, new RetireNorm(normId, request.retiredOn()));
    }

    /** The norm's own history decides whether it exists, not the projection, which may lag. */
    private NormHistoryJson decide(NormId normId, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException unknown) {
            throw notFound(normId);
        }
        projections.awaitCaughtUp(NormsProjection.NAME);
        return history(normId);
    }

    private NormHistoryJson history(NormId normId) {
        List<NormView> versions = framework.history(normId);
        if (versions.isEmpty()) {
            throw notFound(normId);
        }
        NormView current = versions.get(versions.size() - 1);
        return new NormHistoryJson(normId, current.code(), current.title(), current.description(), current.version(),
                current.validFrom(), current.isRetired(), current.retiredOn(), versions.stream()
                        .map(version -> new VersionJson(version.version(), version.title(), version.description(),
                                version.validFrom()))
                        .toList());
    }

    /** Case handlers apply the norms; the administrator maintains them. */
    private static void requireReader(Caller caller) {
        if (!caller.role().isCaseHandler() && !caller.role().mayMaintainNorms()) {
            throw new NotPermittedException("Alleen behandelaars en de functioneel beheerder zien de normering.");
        }
    }

    private static void requireMaintainer(Caller caller) {
        if (!caller.role().mayMaintainNorms()) {
            throw new NotPermittedException("Alleen de functioneel beheerder legt de normering vast.");
        }
    }

    static ResponseStatusException notFound(NormId normId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Norm " + normId + " not found");
    }
}
