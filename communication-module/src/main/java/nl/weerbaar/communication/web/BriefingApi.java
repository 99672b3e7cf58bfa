package nl.weerbaar.communication.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import nl.weerbaar.communication.query.Briefings;
import nl.weerbaar.communication.query.PartyLeadersBriefing;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.ProjectionSync;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The anonymised party leaders' briefing for a period, as JSON and as PDF. It reads three modules'
 * projections, so it first waits until every projection has caught up.
 */
@RestController
class BriefingApi {

    private final Briefings briefings;
    private final BriefingWriter writer;
    private final ProjectionSync projections;
    private final Clock clock;

    BriefingApi(Briefings briefings, BriefingWriter writer, ProjectionSync projections, Clock clock) {
        this.briefings = briefings;
        this.writer = writer;
        this.projections = projections;
        this.clock = clock;
    }

    @GetMapping("/api/briefings/party-leaders")
    PartyLeadersBriefing partyLeaders(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Caller caller) {
        return briefing(from, to, caller);
    }

    @GetMapping(value = "/api/briefings/party-leaders.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> partyLeadersPdf(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Caller caller, Locale locale) {
        PartyLeadersBriefing briefing = briefing(from, to, caller);
        return pdf(briefing, writer, locale);
    }

    private PartyLeadersBriefing briefing(String from, String to, Caller caller) {
        BriefingAccess.require(caller);
        BriefingPeriod period = BriefingPeriod.parse(from, to, LocalDate.now(clock));
        projections.awaitAllCaughtUp(ProjectionSync.DEFAULT_WAIT);
        return briefings.partyLeaders(period.from(), period.to());
    }

    /** The document in the language of whoever downloads it (Dutch unless they chose English). */
    static ResponseEntity<byte[]> pdf(PartyLeadersBriefing briefing, BriefingWriter writer, Locale locale) {
        ContentDisposition attachment = ContentDisposition.attachment()
                .filename(writer.filename(briefing, locale)).build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
                .body(writer.pdf(briefing, locale));
    }
}
