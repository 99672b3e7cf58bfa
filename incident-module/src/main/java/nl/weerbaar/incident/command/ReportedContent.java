package nl.weerbaar.incident.command;

import java.time.Instant;
import java.util.List;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.PerpetratorDetails;
import nl.weerbaar.incident.api.ReportIncident;
import nl.weerbaar.incident.api.Texts;

/**
 * What an official reported, normalised (trimmed, blanks as absent, behaviours in a fixed order), so
 * that a re-submission of the same report can be recognised as the same.
 */
record ReportedContent(
        OfficialId officialId,
        Instant occurredAt,
        String location,
        Channel channel,
        List<Behaviour> behaviours,
        String description,
        PerpetratorDetails perpetrator,
        String witnesses) {

    static ReportedContent of(ReportIncident command) {
        return new ReportedContent(
                command.officialId(),
                command.occurredAt(),
                text(command.location()),
                command.channel(),
                command.behaviours().stream().sorted().toList(),
                text(command.description()),
                perpetrator(command.perpetrator()),
                text(command.witnesses()));
    }

    static ReportedContent of(IncidentReported event) {
        return new ReportedContent(event.officialId(), event.occurredAt(), event.location(), event.channel(),
                List.copyOf(event.behaviours()), event.description(), event.perpetrator(), event.witnesses());
    }

    /** The same report with every text replaced as an erasure replaces it. */
    ReportedContent erased() {
        return new ReportedContent(officialId, occurredAt, erased(location), channel, behaviours, erased(description),
                perpetrator == null ? null : new PerpetratorDetails(erased(perpetrator.name()),
                        erased(perpetrator.handle()), erased(perpetrator.description())),
                erased(witnesses));
    }

    private static String erased(String text) {
        return text == null ? null : PersonalData.ERASED;
    }

    private static PerpetratorDetails perpetrator(PerpetratorDetails details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        return new PerpetratorDetails(text(details.name()), text(details.handle()), text(details.description()));
    }

    private static String text(String value) {
        return Texts.normalize(value);
    }
}
