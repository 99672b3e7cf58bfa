package nl.weerbaar.incident.query;

import java.util.List;

/** One page of the incidents a caller may see, newest first. */
public record IncidentPage(List<IncidentView> items, long total, int page, int size) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
