package nl.weerbaar.incident.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.CreatePerpetratorProfile;
import nl.weerbaar.incident.api.ErasePerpetratorPersonalData;
import nl.weerbaar.incident.api.MergePerpetrators;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.query.PerpetratorProfileFacts;
import nl.weerbaar.incident.query.PerpetratorProfileSummary;
import nl.weerbaar.incident.query.PerpetratorProfileView;
import nl.weerbaar.incident.query.PerpetratorProfiles;
import nl.weerbaar.incident.query.PerpetratorProfilesProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/perpetrators}: profiles of alleged perpetrators, for case handlers; their erasure, for
 * the administrator.
 */
@RestController
@RequestMapping("/api/perpetrators")
class PerpetratorApi {

    private final CommandGateway commands;
    private final PerpetratorProfiles profiles;
    private final ProjectionSync projections;

    PerpetratorApi(CommandGateway commands, PerpetratorProfiles profiles, ProjectionSync projections) {
        this.commands = commands;
        this.profiles = profiles;
        this.projections = projections;
    }

    record ProfileRequest(String name, List<String> handles, String description) {
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody ProfileRequest request, Caller caller) {
        ProfileAccess.requireCaseHandler(caller);
        PerpetratorId perpetratorId = new PerpetratorId(UUID.randomUUID());
        commands.sendAndWait(new CreatePerpetratorProfile(perpetratorId, request.name(), request.handles(),
                request.description(), caller.role()));
        // Answer only once the profile can be read, so a GET right after this finds it.
        projections.awaitCaughtUp(PerpetratorProfilesProjection.NAME);
        return ResponseEntity.created(URI.create("/api/perpetrators/" + perpetratorId))
                .body(Map.of("perpetratorId", perpetratorId));
    }

    @GetMapping("/{perpetratorId}")
    PerpetratorProfileView profile(@PathVariable PerpetratorId perpetratorId, Caller caller) {
        ProfileAccess.requireCaseHandler(caller);
        return existing(perpetratorId, caller);
    }

    @GetMapping
    List<PerpetratorProfileSummary> search(@RequestParam(required = false) String q, Caller caller) {
        ProfileAccess.requireCaseHandler(caller);
        return profiles.search(q);
    }

    record MergeRequest(PerpetratorId otherPerpetratorId) {
    }

    /** The profile in the path takes over the other; answers the profile as it is after the merge. */
    @PostMapping("/{perpetratorId}/merge")
    PerpetratorProfileView merge(@PathVariable PerpetratorId perpetratorId, @RequestBody MergeRequest request,
            Caller caller) {
        ProfileAccess.requireCaseHandler(caller);
        existing(perpetratorId, caller);
        commands.sendAndWait(new MergePerpetrators(perpetratorId, request.otherPerpetratorId(), caller.role()));
        projections.awaitCaughtUp(PerpetratorProfilesProjection.NAME);
        return existing(perpetratorId, caller);
    }

    record ReasonRequest(String reason) {
    }

    /** Answers dates and counts only: the administrator does not read profiles. */
    @PostMapping("/{perpetratorId}/erasure")
    PerpetratorProfileFacts erase(@PathVariable PerpetratorId perpetratorId, @RequestBody ReasonRequest request,
            Caller caller) {
        ProfileAccess.requireAdministrator(caller);
        profiles.facts(perpetratorId).orElseThrow(() -> ProfileAccess.notFound(perpetratorId));
        commands.sendAndWait(new ErasePerpetratorPersonalData(perpetratorId, request.reason()));
        projections.awaitCaughtUp(PerpetratorProfilesProjection.NAME);
        return profiles.facts(perpetratorId).orElseThrow(() -> ProfileAccess.notFound(perpetratorId));
    }

    private PerpetratorProfileView existing(PerpetratorId perpetratorId, Caller caller) {
        return profiles.find(perpetratorId, caller).orElseThrow(() -> ProfileAccess.notFound(perpetratorId));
    }
}
