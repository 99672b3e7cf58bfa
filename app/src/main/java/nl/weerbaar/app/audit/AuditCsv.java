package nl.weerbaar.app.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The council's redacted trail as CSV (RFC 4180: comma-separated, CRLF, quoted where needed), UTF-8,
 * with a header row naming the columns as the JSON does. Only redacted items are ever written.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("position", "timestamp", "role", "officialKind", "action", "eventType",
            "incidentReference", "handler", "rationaleCategories", "officialConsulted", "correlationId", "hash");

    private final Writer out;

    AuditCsv(Writer out) {
        this.out = out;
        line(HEADER);
    }

    void write(AuditItem item) {
        if (item.actor() != null || item.onBehalfOf() != null || item.rationale() != null) {
            throw new IllegalArgumentException("Only a redacted item is exported");
        }
        line(List.of(Long.toString(item.position()), item.timestamp().toString(), item.role(),
                nullToEmpty(item.officialKind()), item.action(), item.eventType(), nullToEmpty(item.incidentReference()),
                nullToEmpty(item.handler()),
                item.rationaleCategories().stream().map(AuditItem.Category::label).collect(Collectors.joining("; ")),
                item.officialConsulted() == null ? "" : item.officialConsulted().toString(),
                nullToEmpty(item.correlationId()), item.hash()));
    }

    private void line(List<String> cells) {
        try {
            out.write(cells.stream().map(AuditCsv::cell).collect(Collectors.joining(",")));
            out.write("\r\n");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
