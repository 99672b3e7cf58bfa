package nl.weerbaar.incident.query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.incident.api.FindOfficial;
import nl.weerbaar.incident.api.ListOfficials;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.OfficialSummary;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Reads the municipality's officials. */
@Component
public class Officials {

    private static final RowMapper<OfficialView> ROW = (rs, i) -> new OfficialView(
            new OfficialId(rs.getObject("official_id", UUID.class)), rs.getString("name"),
            OfficialKind.valueOf(rs.getString("kind")));

    private final JdbcTemplate jdbc;

    public Officials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OfficialView> all() {
        return jdbc.query("SELECT official_id, name, kind FROM official ORDER BY name, official_id", ROW);
    }

    public Optional<OfficialView> find(OfficialId officialId) {
        return jdbc.query("SELECT official_id, name, kind FROM official WHERE official_id = ?", ROW,
                officialId.value()).stream().findFirst();
    }

    /** For other modules, which may not read this module's tables. */
    @QueryHandler
    public Optional<OfficialSummary> summary(FindOfficial query) {
        return find(query.officialId())
                .map(official -> new OfficialSummary(official.officialId(), official.name(), official.kind()));
    }

    @QueryHandler
    public List<OfficialSummary> summaries(ListOfficials query) {
        return all().stream()
                .map(official -> new OfficialSummary(official.officialId(), official.name(), official.kind())).toList();
    }
}
