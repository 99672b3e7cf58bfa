package nl.weerbaar.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentDiscussed;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReference;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.DiscussionParty;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PerpetratorDetails;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.response.api.Consultation;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.InvolvedActor;
import nl.weerbaar.response.api.PoliceInvolvement;
import org.junit.jupiter.api.Test;

/** What the trail reads from an event by its shape alone: facts without texts, rationale, consultation, VPT. */
class EventFactsTest {

    static final IncidentId INCIDENT = new IncidentId(UUID.fromString("11111111-1111-4111-8111-111111111111"));
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    static InterventionChosen complaint(boolean consulted, Boolean vpt) {
        return new InterventionChosen(new InterventionId(UUID.randomUUID()), INCIDENT, InterventionType.CRIMINAL_COMPLAINT,
                new Consultation(consulted, "Anna wil aangifte"), "Herhaalde bedreiging door J. Jansen",
                List.of(InvolvedActor.POLICE), null, null, vpt == null ? null : new PoliceInvolvement(vpt, "PL-1"), null,
                Role.CLERK, NOW);
    }

    @Test
    void aDecisionGivesItsRationaleConsultationVptAndCategoriesButNoText() {
        EventFacts facts = EventFacts.of(complaint(true, true));

        assertThat(facts.rationale()).isEqualTo("Herhaalde bedreiging door J. Jansen");
        assertThat(facts.rationaleSubject()).isEqualTo(INCIDENT.toString());
        assertThat(facts.officialConsulted()).isTrue();
        assertThat(facts.vpt()).isTrue();
        assertThat(facts.incidentId()).isEqualTo(INCIDENT.toString());
        assertThat(facts.facts()).containsEntry("type", "CRIMINAL_COMPLAINT").containsEntry("decidedBy", "CLERK")
                .containsEntry("involvedActors", List.of("POLICE")).containsEntry("chosenAt", NOW.toString())
                .doesNotContainKeys("consultation", "rationale", "police");
        assertThat(facts.facts().toString()).doesNotContain("Anna", "Jansen", "PL-1");
        assertThat(facts.categories()).extracting(EventFacts.Category::value)
                .containsExactly("CRIMINAL_COMPLAINT", "POLICE", "CLERK");
    }

    @Test
    void aDecisionWithoutItsConsultationCountsAsNotConsulted() {
        InterventionChosen chosen = complaint(true, true);
        InterventionChosen withoutConsultation = new InterventionChosen(chosen.interventionId(), INCIDENT, chosen.type(),
                null, chosen.rationale(), chosen.involvedActors(), null, null, chosen.police(), null, Role.CLERK, NOW);

        assertThat(EventFacts.of(complaint(false, true)).officialConsulted()).isFalse();
        assertThat(EventFacts.of(withoutConsultation).officialConsulted()).isFalse();
        assertThat(EventFacts.of(complaint(true, false)).vpt()).isFalse();
        assertThat(EventFacts.of(complaint(true, null)).vpt()).isNull();
    }

    @Test
    void aReportGivesReferenceRoutingAndKindsButNotWhatHappened() {
        IncidentReported reported = new IncidentReported(INCIDENT, new IncidentReference(2026, 7),
                new OfficialId(UUID.randomUUID()), OfficialKind.COUNCIL_MEMBER, Role.CLERK, Role.OFFICIAL, NOW, NOW,
                "Raadszaal", Channel.DURING_MEETING, List.of(Behaviour.THREAT), "Hij weet waar ik woon",
                new PerpetratorDetails("J. Jansen", "@jj", "Man"), "De griffier");

        EventFacts facts = EventFacts.of(reported);

        assertThat(facts.facts()).containsEntry("reference", "2026-0007").containsEntry("officialKind", "COUNCIL_MEMBER")
                .containsEntry("handler", "CLERK").containsEntry("behaviours", List.of("THREAT"))
                .containsEntry("incidentId", INCIDENT.toString());
        assertThat(facts.facts().toString()).doesNotContain("Raadszaal", "woon", "Jansen", "griffier");
        assertThat(facts.officialConsulted()).isNull();
        assertThat(facts.rationale()).isNull();
    }

    @Test
    void theDiscussionThatRegistersSaysSo() {
        EventFacts facts = EventFacts.of(new IncidentDiscussed(INCIDENT, List.of(DiscussionParty.CLERK), NOW,
                "Stopgesprek", true, NOW));
        assertThat(facts.facts()).containsEntry("registered", true).doesNotContainKey("agreedNextStep");
    }

    // A module written later: the trail reads it by the same names, without code.
    record CommunicationDecided(UUID communicationDecisionId, IncidentId incidentId, Boolean officialAgreed,
            @PersonalData(subject = "incidentId") String rationale, LocalDate decidedOn) {
    }

    record CaseUpdateRecorded(UUID caseUpdateId, IncidentId incidentId, LocalDate date,
            @PersonalData(subject = "incidentId") String summary) {
    }

    @Test
    void eventsOfLaterModulesAreReadByTheSameNames() {
        EventFacts decided = EventFacts.of(new CommunicationDecided(UUID.randomUUID(), INCIDENT, false, "Geen",
                LocalDate.of(2026, 11, 20)));
        assertThat(decided.officialConsulted()).isFalse();
        assertThat(decided.rationale()).isEqualTo("Geen");
        assertThat(decided.facts()).containsEntry("decidedOn", "2026-11-20");

        EventFacts update = EventFacts.of(new CaseUpdateRecorded(UUID.randomUUID(), INCIDENT,
                LocalDate.of(2026, 11, 20), "Verdachte aangehouden"));
        assertThat(update.facts()).containsKeys("caseUpdateId", "date").doesNotContainKey("summary");
        assertThat(update.officialConsulted()).isNull();
    }
}
