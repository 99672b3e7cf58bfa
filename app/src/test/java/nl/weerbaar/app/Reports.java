package nl.weerbaar.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A valid incident report as a JSON map; tests change what they test. */
final class Reports {

    private Reports() {
    }

    static Map<String, Object> valid() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("incidentId", UUID.randomUUID().toString());
        report.put("occurredAt", "2026-11-20T19:30:00+01:00");
        report.put("location", "Raadszaal, gemeentehuis Assen");
        report.put("channel", "DURING_MEETING");
        report.put("behaviours", List.of("THREAT", "INTIMIDATION"));
        report.put("description", "Een bezoeker op de publieke tribune riep dat hij weet waar ik woon.");
        report.put("perpetrator", Map.of("name", "J. Jansen", "description", "Man, ongeveer 50 jaar"));
        report.put("witnesses", "Griffier en twee raadsleden");
        return report;
    }

    static Map<String, Object> valid(String key, Object value) {
        Map<String, Object> report = valid();
        report.put(key, value);
        return report;
    }
}
