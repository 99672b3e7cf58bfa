package nl.weerbaar.response.web.letter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.FindIncidentForDecision;
import nl.weerbaar.incident.api.IncidentForDecision;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.RecordLetterSent;
import nl.weerbaar.response.query.ResponseView;
import nl.weerbaar.response.query.Responses;
import nl.weerbaar.response.query.ResponsesProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The corrective letter of an intervention: an HTML preview, the PDF to send, and recording the day
 * it was sent. Only case handlers who may see the incident get the letter: it names the perpetrator.
 */
@RestController
class LetterApi {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Responses responses;
    private final ProjectionSync projections;
    private final LetterWriter writer;
    private final Clock clock;

    LetterApi(CommandGateway commands, QueryGateway queries, Responses responses, ProjectionSync projections,
            LetterWriter writer, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.responses = responses;
        this.projections = projections;
        this.writer = writer;
        this.clock = clock;
    }

    @GetMapping(value = "/api/interventions/{interventionId}/letter", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> preview(@PathVariable InterventionId interventionId, Caller caller) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(writer.html(letter(interventionId, caller)));
    }

    @GetMapping(value = "/api/interventions/{interventionId}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable InterventionId interventionId, Caller caller) {
        CorrectiveLetter letter = letter(interventionId, caller);
        ContentDisposition attachment = ContentDisposition.attachment()
                .filename("corrigerende-brief-" + letter.reference() + ".pdf").build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
                .body(writer.pdf(letter));
    }

    record SentRequest(LocalDate sentOn) {
    }

    /** A letter may go out after its incident was closed, so recording that does not need an open incident. */
    @PostMapping("/api/interventions/{interventionId}/letter-sent")
    ResponseView sent(@PathVariable InterventionId interventionId, @RequestBody SentRequest request, Caller caller) {
        IncidentForDecision incident = handlerSees(interventionId, caller);
        commands.sendAndWait(new RecordLetterSent(interventionId, request.sentOn(), caller.role()));
        projections.awaitCaughtUp(ResponsesProjection.NAME);
        return response(incident.incidentId(), interventionId);
    }

    /** Dated the day it was sent once that is known, so a letter fetched again is the letter that went out. */
    private CorrectiveLetter letter(InterventionId interventionId, Caller caller) {
        IncidentForDecision incident = handlerSees(interventionId, caller);
        ResponseView response = response(incident.incidentId(), interventionId);
        if (!InterventionType.CORRECTIVE_LETTER.name().equals(response.kind())) {
            throw notFound();
        }
        LocalDate date = response.sentOn() != null ? response.sentOn() : LocalDate.now(clock);
        return new CorrectiveLetter(incident.reference(), response.letter(), date);
    }

    /** The intervention's incident, if the caller may see it (404 otherwise) and handles cases (403 otherwise). */
    private IncidentForDecision handlerSees(InterventionId interventionId, Caller caller) {
        projections.awaitCaughtUp(ResponsesProjection.NAME);
        IncidentId incidentId = responses.incidentOf(interventionId).orElseThrow(LetterApi::notFound);
        IncidentForDecision incident = queries.query(new FindIncidentForDecision(incidentId, caller),
                ResponseTypes.optionalInstanceOf(IncidentForDecision.class)).join().orElseThrow(LetterApi::notFound);
        if (!caller.role().isCaseHandler()) {
            throw new NotPermittedException("Alleen behandelaars zien en versturen de corrigerende brief.");
        }
        return incident;
    }

    private ResponseView response(IncidentId incidentId, InterventionId interventionId) {
        return responses.ofIncident(incidentId).stream()
                .filter(response -> response.responseId().equals(interventionId.value()))
                .findFirst().orElseThrow(LetterApi::notFound);
    }

    /** Unknown, not-yours and not-a-letter look the same. */
    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Niet gevonden.");
    }
}
