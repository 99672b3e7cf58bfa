package nl.weerbaar.incident.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.PerpetratorProfileExists;
import nl.weerbaar.incident.api.PerpetratorsDueForErasure;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.Severity;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads perpetrator profiles (for case handlers: the web layer lets no one else ask). A profile's
 * incidents are shown only where the caller may see the incident, and counted elsewhere, so the
 * repeat is visible to every case handler without breaking need-to-know.
 *
 * <p>Merges are followed here: a profile's incidents include those of the profiles merged into it,
 * and a search or suggestion that finds a merged profile answers with the profile it was merged into.
 */
@Component
public class PerpetratorProfiles {

    static final int MAX_RESULTS = 50;

    /** The profile (parameter 1) and every profile merged into it, directly or through another. */
    private static final String FAMILY = """
            WITH RECURSIVE family(perpetrator_id) AS (
                SELECT CAST(? AS UUID)
                UNION
                SELECT p.perpetrator_id FROM perpetrator_profile p JOIN family f ON p.merged_into = f.perpetrator_id)
            """;
    /** The profiles that stand on their own for the profiles chosen by {@code %s}: they, or what they merged into. */
    private static final String STANDING = """
            WITH RECURSIVE standing(perpetrator_id, merged_into) AS (
                SELECT perpetrator_id, merged_into FROM perpetrator_profile WHERE perpetrator_id IN (%s)
                UNION
                SELECT p.perpetrator_id, p.merged_into FROM perpetrator_profile p
                JOIN standing s ON p.perpetrator_id = s.merged_into)
            SELECT p.* FROM perpetrator_profile p
            WHERE p.perpetrator_id IN (SELECT perpetrator_id FROM standing WHERE merged_into IS NULL)
            """;
    /** Parameters: is the caller the mayor, the caller's role, the caller's official id (as in the register). */
    private static final String VISIBLE = " (? OR r.handler = ? OR r.official_id = ?) ";
    private static final String INCIDENT_COLUMNS =
            "r.incident_id, r.reference, r.reported_at, r.status, r.behaviour_type, r.severity";

    private static final RowMapper<ProfileIncident> INCIDENT = (rs, i) -> new ProfileIncident(
            new IncidentId(rs.getObject("incident_id", UUID.class)),
            IncidentReference.parse(rs.getString("reference")),
            rs.getTimestamp("reported_at").toInstant(),
            IncidentStatus.valueOf(rs.getString("status")),
            rs.getString("behaviour_type") == null ? null : BehaviourType.valueOf(rs.getString("behaviour_type")),
            rs.getString("severity") == null ? null : Severity.valueOf(rs.getString("severity")));

    private final JdbcTemplate jdbc;

    public PerpetratorProfiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The profile with the incidents the caller may see; empty when it does not exist. */
    public Optional<PerpetratorProfileView> find(PerpetratorId perpetratorId, Caller caller) {
        return jdbc.query("SELECT * FROM perpetrator_profile WHERE perpetrator_id = ?",
                (rs, i) -> profile(rs, caller), perpetratorId.value()).stream().findFirst();
    }

    /**
     * Profiles whose name or a handle contains the text (case and accents aside), newest first; with
     * no text, the newest profiles. Only profiles that stand on their own.
     */
    public List<PerpetratorProfileSummary> search(String text) {
        String key = SearchKey.of(text);
        if (key == null) {
            return jdbc.query("SELECT * FROM perpetrator_profile WHERE merged_into IS NULL "
                    + "ORDER BY created_at DESC, perpetrator_id LIMIT " + MAX_RESULTS, this::summary);
        }
        String matching =
                "SELECT perpetrator_id FROM perpetrator_profile_search_key WHERE search_key LIKE ? ESCAPE '!'";
        return jdbc.query(STANDING.formatted(matching) + " ORDER BY p.created_at DESC, p.perpetrator_id LIMIT "
                + MAX_RESULTS, this::summary, "%" + key.replaceAll("[!%_]", "!$0") + "%");
    }

    /**
     * Profiles that may be the perpetrator the reporter named: the name or handle given in the report
     * equals a profile's name or handle (case and accents aside). A suggestion only: nothing is linked.
     * Erased profiles are never suggested.
     */
    public List<PerpetratorProfileSummary> candidatesFor(IncidentId incidentId) {
        Set<String> keys = jdbc.query("SELECT perpetrator_name, perpetrator_handle FROM incident_register "
                + "WHERE incident_id = ?", (rs, i) -> SearchKey.of(Arrays.asList(rs.getString("perpetrator_name"),
                        rs.getString("perpetrator_handle"))), incidentId.value())
                .stream().findFirst().orElse(Set.of());
        if (keys.isEmpty()) {
            return List.of();
        }
        String matching = "SELECT perpetrator_id FROM perpetrator_profile_search_key WHERE search_key = ANY(?)";
        return jdbc.query(STANDING.formatted(matching) + " AND p.erased_at IS NULL ORDER BY p.created_at DESC, "
                + "p.perpetrator_id LIMIT " + MAX_RESULTS, this::summary, (Object) keys.toArray(String[]::new));
    }

    /** The profile the incident is linked to, and the earlier incidents that made it a repeat. */
    public Optional<PerpetratorLinkView> linkOf(IncidentId incidentId, Caller caller) {
        return jdbc.query("SELECT * FROM perpetrator_link WHERE incident_id = ?", (rs, i) -> {
            UUID[] previous = uuids(rs.getArray("previous_incidents"));
            boolean repeat = rs.getBoolean("repeat");
            Instant linkedAt = rs.getTimestamp("linked_at").toInstant();
            return standing(perpetratorId(rs, "perpetrator_id")).map(profile -> new PerpetratorLinkView(incidentId,
                    profile, repeat, previous.length, visibleIncidents(previous, caller), linkedAt));
        }, incidentId.value()).stream().flatMap(Optional::stream).findFirst();
    }

    /** Dates and counts for the administrator; nothing the profile says about the person. */
    public Optional<PerpetratorProfileFacts> facts(PerpetratorId perpetratorId) {
        return jdbc.query("SELECT * FROM perpetrator_profile WHERE perpetrator_id = ?", (rs, i) -> {
            PerpetratorId mergedInto = perpetratorId(rs, "merged_into");
            List<PerpetratorId> mergedProfiles = jdbc.query("SELECT perpetrator_id FROM perpetrator_profile "
                    + "WHERE merged_into = ? ORDER BY merged_at, perpetrator_id",
                    (merged, j) -> perpetratorId(merged, "perpetrator_id"), perpetratorId.value());
            return new PerpetratorProfileFacts(perpetratorId, rs.getTimestamp("created_at").toInstant(), mergedInto,
                    instant(rs.getTimestamp("erased_at")), mergedProfiles, incidentCount(perpetratorId, mergedInto));
        }, perpetratorId.value()).stream().findFirst();
    }

    private PerpetratorProfileView profile(ResultSet rs, Caller caller) throws SQLException {
        PerpetratorId perpetratorId = perpetratorId(rs, "perpetrator_id");
        PerpetratorId mergedInto = perpetratorId(rs, "merged_into");
        List<ProfileIncident> incidents = mergedInto != null ? List.of() : jdbc.query(FAMILY + "SELECT "
                + INCIDENT_COLUMNS + " FROM perpetrator_link l JOIN family f ON f.perpetrator_id = l.perpetrator_id"
                + " JOIN incident_register r ON r.incident_id = l.incident_id WHERE" + VISIBLE
                + " ORDER BY r.reported_at, length(r.reference), r.reference", INCIDENT,
                perpetratorId.value(), isMayor(caller), handlerRole(caller), officialId(caller));
        List<PerpetratorProfileSummary> merged = jdbc.query("SELECT * FROM perpetrator_profile WHERE merged_into = ? "
                + "ORDER BY merged_at, perpetrator_id", this::summary, perpetratorId.value());
        return new PerpetratorProfileView(perpetratorId, rs.getString("name"), texts(rs.getArray("handles")),
                rs.getString("description"), rs.getTimestamp("created_at").toInstant(), mergedInto,
                instant(rs.getTimestamp("erased_at")), merged, incidents,
                incidentCount(perpetratorId, mergedInto) - incidents.size());
    }

    private PerpetratorProfileSummary summary(ResultSet rs, int row) throws SQLException {
        PerpetratorId perpetratorId = perpetratorId(rs, "perpetrator_id");
        return new PerpetratorProfileSummary(perpetratorId, rs.getString("name"), texts(rs.getArray("handles")),
                rs.getString("description"), rs.getTimestamp("created_at").toInstant(),
                incidentCount(perpetratorId, perpetratorId(rs, "merged_into")), instant(rs.getTimestamp("erased_at")));
    }

    /** The profile that stands for the person now, if the projection knows it yet. */
    private Optional<PerpetratorProfileSummary> standing(PerpetratorId perpetratorId) {
        return jdbc.query(STANDING.formatted("?"), this::summary, perpetratorId.value()).stream().findFirst();
    }

    /**
     * Linked incidents of the profile and of every profile merged into it, whoever handles them; none
     * for a merged profile, whose incidents count where it was merged into.
     */
    private int incidentCount(PerpetratorId perpetratorId, PerpetratorId mergedInto) {
        if (mergedInto != null) {
            return 0;
        }
        Integer count = jdbc.queryForObject(FAMILY + "SELECT count(*) FROM perpetrator_link l "
                + "JOIN family f ON f.perpetrator_id = l.perpetrator_id", Integer.class, perpetratorId.value());
        return count == null ? 0 : count;
    }

    private List<ProfileIncident> visibleIncidents(UUID[] incidentIds, Caller caller) {
        return jdbc.query("SELECT " + INCIDENT_COLUMNS + " FROM incident_register r WHERE r.incident_id = ANY(?) AND"
                + VISIBLE + "ORDER BY r.reported_at, length(r.reference), r.reference", INCIDENT,
                incidentIds, isMayor(caller), handlerRole(caller), officialId(caller));
    }

    private static boolean isMayor(Caller caller) {
        return caller.role() == Role.MAYOR;
    }

    /** Only case handler roles see incidents by routing; other roles match no handler. */
    private static String handlerRole(Caller caller) {
        return caller.role().isCaseHandler() ? caller.role().name() : "";
    }

    private static UUID officialId(Caller caller) {
        return caller.officialId() == null ? null : caller.officialId().value();
    }

    private static PerpetratorId perpetratorId(ResultSet rs, String column) throws SQLException {
        UUID value = rs.getObject(column, UUID.class);
        return value == null ? null : new PerpetratorId(value);
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static UUID[] uuids(Array array) throws SQLException {
        return array == null ? new UUID[0] : (UUID[]) array.getArray();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The retention job's profile candidates: what they say about a person has no purpose left. */
    @QueryHandler
    public Boolean exists(PerpetratorProfileExists query) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM perpetrator_profile WHERE perpetrator_id = ?)", Boolean.class,
                query.perpetratorId().value()));
    }

    @QueryHandler
    public List<PerpetratorId> dueForErasure(PerpetratorsDueForErasure query) {
        return jdbc.query("""
                WITH RECURSIVE family (root, member) AS (
                    SELECT perpetrator_id, perpetrator_id FROM perpetrator_profile
                    WHERE merged_into IS NULL AND erased_at IS NULL
                    UNION ALL
                    SELECT f.root, p.perpetrator_id FROM perpetrator_profile p JOIN family f ON p.merged_into = f.member
                ), linked (root, erased) AS (
                    SELECT f.root, r.erased_at IS NOT NULL FROM family f
                    JOIN perpetrator_link l ON l.perpetrator_id = f.member
                    JOIN incident_register r ON r.incident_id = l.incident_id
                )
                SELECT p.perpetrator_id FROM perpetrator_profile p
                WHERE p.merged_into IS NULL AND p.erased_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM linked WHERE root = p.perpetrator_id AND NOT erased)
                  AND (EXISTS (SELECT 1 FROM linked WHERE root = p.perpetrator_id) OR p.created_at <= ?)
                ORDER BY p.created_at
                """, (rs, i) -> new PerpetratorId(rs.getObject(1, UUID.class)), Timestamp.from(query.createdBefore()));
    }
}
