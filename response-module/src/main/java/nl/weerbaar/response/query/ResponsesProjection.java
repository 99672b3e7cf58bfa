package nl.weerbaar.response.query;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.response.api.AccessBanExpired;
import nl.weerbaar.response.api.AccessBanLifted;
import nl.weerbaar.response.api.AccessBanTerms;
import nl.weerbaar.response.api.ConversationSetting;
import nl.weerbaar.response.api.CorrectiveLetterSent;
import nl.weerbaar.response.api.CriminalComplaintFiled;
import nl.weerbaar.response.api.InterventionCancelled;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionCompleted;
import nl.weerbaar.response.api.InterventionStatus;
import nl.weerbaar.response.api.InvolvedActor;
import nl.weerbaar.response.api.LetterContent;
import nl.weerbaar.response.api.NoResponseDecided;
import nl.weerbaar.response.api.PoliceInvolvement;
import nl.weerbaar.response.api.StopConversationPlan;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code responses} table: one row per intervention or no-response decision. */
@Component
@ProcessingGroup(ResponsesProjection.NAME)
public class ResponsesProjection {

    public static final String NAME = "responses";
    static final String NO_RESPONSE = "NO_RESPONSE";
    static final String DECIDED = "DECIDED";

    private final JdbcTemplate jdbc;

    public ResponsesProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(InterventionChosen event) {
        StopConversationPlan conversation = event.stopConversation() == null
                ? new StopConversationPlan(null, null, null, null) : event.stopConversation();
        ConversationSetting setting = conversation.setting();
        LetterContent letter = event.letter() == null ? new LetterContent(null, null, null, null, null) : event.letter();
        PoliceInvolvement police = event.police() == null ? new PoliceInvolvement(null, null) : event.police();
        AccessBanTerms ban = event.accessBan() == null
                ? new AccessBanTerms(null, null, null, null, null) : event.accessBan();
        // Redelivery of the same event must not fail or duplicate: the first write wins.
        jdbc.update("""
                INSERT INTO responses (response_id, incident_id, kind, status, official_consulted, official_view,
                    rationale, involved_actors, decided_by_role, decided_at, conducted_by, actor_description,
                    planned_on, setting_location, setting_room, two_persons_present, letter_behaviour, letter_impact,
                    letter_consequences, recipient_name, recipient_address, vpt, police_reference, ban_scope,
                    ban_area, ban_from, ban_until, legal_basis, erased)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (response_id) DO NOTHING
                """,
                event.interventionId().value(), event.incidentId().value(), event.type().name(),
                InterventionStatus.CHOSEN.name(), Boolean.TRUE.equals(event.consultation().officialConsulted()),
                event.consultation().officialView(), event.rationale(), actors(event.involvedActors()),
                event.decidedBy().name(), Timestamp.from(event.chosenAt()),
                name(conversation.conductedBy()), conversation.actorDescription(), date(conversation.plannedOn()),
                setting == null ? null : setting.location(), setting == null ? null : setting.room(),
                setting == null ? null : setting.twoPersonsPresent(),
                letter.behaviour(), letter.impact(), letter.consequences(), letter.recipientName(),
                letter.recipientAddress(), police.vpt(), police.policeReference(), name(ban.scope()), ban.area(),
                date(ban.from()), date(ban.until()), ban.legalBasis(), erased(event.rationale()));
    }

    @EventHandler
    void on(InterventionCompleted event) {
        jdbc.update("UPDATE responses SET status = ?, outcome = ?, completed_at = ? WHERE response_id = ?",
                InterventionStatus.COMPLETED.name(), event.outcome(), Timestamp.from(event.completedAt()),
                event.interventionId().value());
    }

    @EventHandler
    void on(InterventionCancelled event) {
        jdbc.update("UPDATE responses SET status = ?, cancellation_reason = ?, cancelled_at = ? WHERE response_id = ?",
                InterventionStatus.CANCELLED.name(), event.reason(), Timestamp.from(event.cancelledAt()),
                event.interventionId().value());
    }

    @EventHandler
    void on(AccessBanLifted event) {
        jdbc.update("UPDATE responses SET lifting_reason = ?, lifted_at = ? WHERE response_id = ?",
                event.reason(), Timestamp.from(event.liftedAt()), event.interventionId().value());
    }

    @EventHandler
    void on(CorrectiveLetterSent event) {
        jdbc.update("UPDATE responses SET letter_sent_on = ?, letter_sent_recorded_at = ? WHERE response_id = ?",
                Date.valueOf(event.sentOn()), Timestamp.from(event.recordedAt()), event.interventionId().value());
    }

    /** The police's number given at the filing replaces the one known at the choice; none given keeps it. */
    @EventHandler
    void on(CriminalComplaintFiled event) {
        jdbc.update("""
                UPDATE responses SET complaint_filed_by = ?, complaint_filed_on = ?,
                    police_reference = COALESCE(?, police_reference)
                WHERE response_id = ?
                """, event.filedBy(), Date.valueOf(event.filedOn()), event.policeReference(),
                event.interventionId().value());
    }

    @EventHandler
    void on(AccessBanExpired event) {
        jdbc.update("UPDATE responses SET expired_at = ? WHERE response_id = ?", Timestamp.from(event.expiredAt()),
                event.interventionId().value());
    }

    @EventHandler
    void on(NoResponseDecided event) {
        jdbc.update("""
                INSERT INTO responses (response_id, incident_id, kind, status, official_consulted, official_view,
                    rationale, involved_actors, decided_by_role, decided_at, erased)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (response_id) DO NOTHING
                """,
                event.decisionId().value(), event.incidentId().value(), NO_RESPONSE, DECIDED,
                Boolean.TRUE.equals(event.consultation().officialConsulted()), event.consultation().officialView(),
                event.rationale(), actors(event.involvedActors()), event.decidedBy().name(),
                Timestamp.from(event.decidedAt()), erased(event.rationale()));
    }

    /**
     * A decision read after its incident's erasure (a replay, or another segment that was behind the
     * erasure) already reads {@code [gewist]}: it is erased whichever event this processor meets first.
     */
    private static boolean erased(String rationale) {
        return PersonalData.ERASED.equals(rationale);
    }

    /** Every text of the incident's responses reads as erased; dates, kinds and statuses remain. */
    @EventHandler
    void on(IncidentPersonalDataErased event) {
        StringBuilder sql = new StringBuilder("UPDATE responses SET erased = TRUE");
        for (String column : List.of("official_view", "rationale", "actor_description", "setting_location",
                "setting_room", "letter_behaviour", "letter_impact", "letter_consequences", "recipient_name",
                "recipient_address", "police_reference", "ban_area", "legal_basis", "outcome", "cancellation_reason",
                "lifting_reason", "complaint_filed_by")) {
            sql.append(", ").append(column).append(" = CASE WHEN ").append(column).append(" IS NULL THEN NULL ELSE '")
                    .append(PersonalData.ERASED).append("' END");
        }
        jdbc.update(sql + " WHERE incident_id = ?", event.incidentId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM responses");
    }

    private static String actors(List<InvolvedActor> actors) {
        return actors.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
