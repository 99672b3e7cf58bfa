package nl.weerbaar.communication.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import nl.weerbaar.communication.query.Briefings;
import nl.weerbaar.communication.query.PartyLeadersBriefing;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The party leaders' briefing as a page, with a period to choose, and its PDF with the session login. */
@Controller
class BriefingPages {

    private final Briefings briefings;
    private final BriefingWriter writer;
    private final ProjectionSync projections;
    private final MessageSource messages;
    private final Clock clock;

    BriefingPages(Briefings briefings, BriefingWriter writer, ProjectionSync projections, MessageSource messages,
            Clock clock) {
        this.briefings = briefings;
        this.writer = writer;
        this.projections = projections;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/briefings/party-leaders")
    String partyLeaders(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Caller caller, Model model, Locale locale) {
        BriefingAccess.require(caller);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            BriefingPeriod period = BriefingPeriod.parse(from, to, LocalDate.now(clock));
            projections.awaitAllCaughtUp(ProjectionSync.DEFAULT_WAIT);
            PartyLeadersBriefing briefing = briefings.partyLeaders(period.from(), period.to());
            model.addAttribute("briefing", briefing);
            model.addAttribute("briefingTitle", writer.title(briefing, locale));
            model.addAttribute("errors", PageErrors.none());
        } catch (RuleViolationException rejected) {
            model.addAttribute("briefing", null);
            model.addAttribute("errors", PageErrors.of(rejected.violations(), field -> field, field -> field, messages,
                    locale));
        }
        return "communication/briefing";
    }

    @GetMapping("/briefings/party-leaders.pdf")
    ResponseEntity<byte[]> partyLeadersPdf(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Caller caller, Locale locale) {
        BriefingAccess.require(caller);
        BriefingPeriod period = BriefingPeriod.parse(from, to, LocalDate.now(clock));
        projections.awaitAllCaughtUp(ProjectionSync.DEFAULT_WAIT);
        return BriefingApi.pdf(briefings.partyLeaders(period.from(), period.to()), writer, locale);
    }
}
