package nl.weerbaar.incident.query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
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
}
