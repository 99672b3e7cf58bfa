package nl.weerbaar.app.benchmark;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies of the workloads: a report and the decisions on it, as a real client sends them. */
final class Payloads {

    private Payloads() {
    }

    static Map<String, Object> report(UUID incidentId) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("incidentId", incidentId.toString());
        report.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString());
        report.put("location", "Raadszaal, gemeentehuis Assen");
        report.put("channel", "DURING_MEETING");
        report.put("behaviours", List.of("THREAT", "INTIMIDATION"));
        report.put("description", "Een bezoeker op de publieke tribune riep dat hij weet waar ik woon en dat ik "
                + "maar eens moet opletten als ik 's avonds naar huis fiets. Hij bleef staan tot de bode kwam.");
        report.put("perpetrator", Map.of("name", "J. Jansen", "description", "Man, ongeveer 50 jaar, grijze jas"));
        report.put("witnesses", "Griffier en twee raadsleden");
        return report;
    }

    static Map<String, Object> discussion() {
        return Map.of("discussedWith", List.of("CLERK", "MAYOR"),
                "discussedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString(),
                "agreedNextStep", "Beoordelen en een stopgesprek overwegen.");
    }

    static Map<String, Object> assessment(int i) {
        return Map.of("behaviourType", i % 2 == 0 ? "FRUSTRATION" : "INSTRUMENTAL",
                "severity", List.of("LOW", "MEDIUM", "HIGH").get(i % 3), "normIds", List.of(),
                "rationale", "Bedreigend in woord, gericht op de persoon; herhaling niet uitgesloten.");
    }

    static Map<String, Object> letter() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "CORRECTIVE_LETTER");
        body.put("officialConsulted", true);
        body.put("officialView", "Anna wil een duidelijke brief.");
        body.put("rationale", "Gerichte intimidatie; een schriftelijk signaal past.");
        body.put("behaviour", "U riep tijdens de raadsvergadering dat u weet waar het raadslid woont.");
        body.put("impact", "Het raadslid voelt zich thuis niet meer veilig.");
        body.put("consequences", "Bij herhaling volgt een toegangsverbod voor het gemeentehuis.");
        body.put("recipientName", "J. Jansen");
        return body;
    }
}
