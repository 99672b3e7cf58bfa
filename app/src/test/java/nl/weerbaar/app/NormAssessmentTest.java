package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.incident.api.AssessIncident;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.DiscussionParty;
import nl.weerbaar.incident.api.IncidentAssessed;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormVersion;
import nl.weerbaar.incident.api.RecordDiscussion;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.api.Severity;
import nl.weerbaar.incident.query.NormView;
import nl.weerbaar.incident.query.NormsFramework;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * An assessment records the exact norm versions it applied, so a later rewording or retirement of a
 * norm never changes what the assessment says.
 */
class NormAssessmentTest extends ApplicationTest {

    private static final String ORIGINAL = "Iemand stuurt een bestuurder berichten waarin hij zegt te weten waar zij woont.";
    private static final String REWORDED = "Iemand laat een bestuurder merken te weten waar zij of haar naasten wonen.";

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private NormsFramework framework;

    @Test
    void anAssessmentKeepsTheNormVersionItAppliedAfterTheNormIsRevised() throws Exception {
        NormId normId = adopted("N-E1");
        IncidentId incidentId = registered();

        commands.sendAndWait(new AssessIncident(incidentId, BehaviourType.INSTRUMENTAL, Severity.HIGH, Set.of(normId),
                "Bewust gericht op het privéleven van het raadslid.", Role.CLERK));
        revise(normId, "Woonadres noemen", REWORDED);

        List<NormVersion> applied = assessments(incidentId).get(0).norms();
        assertThat(applied).containsExactly(new NormVersion(normId, 1));
        assertThat(framework.versions(applied)).singleElement().satisfies(version -> {
            assertThat(version.title()).isEqualTo("Adres noemen");
            assertThat(version.description()).isEqualTo(ORIGINAL);
        });
        assertThat(framework.history(normId)).extracting(NormView::description).containsExactly(ORIGINAL, REWORDED);
    }

    @Test
    void aLaterAssessmentAppliesTheRevisedVersion() throws Exception {
        NormId normId = adopted("N-E2");
        IncidentId incidentId = registered();
        revise(normId, "Woonadres noemen", REWORDED);

        commands.sendAndWait(new AssessIncident(incidentId, BehaviourType.FRUSTRATION, Severity.LOW, Set.of(normId),
                "Eenmalige uiting van boosheid.", Role.CLERK));

        assertThat(assessments(incidentId).get(0).norms()).containsExactly(new NormVersion(normId, 2));
    }

    @Test
    void aRetiredNormCannotBeAppliedAnyMore() throws Exception {
        NormId normId = adopted("N-E3");
        IncidentId incidentId = registered();
        mvc.perform(post("/api/norms/" + normId + "/retirement").with(as("beheer"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("retiredOn", "2026-06-01"))))
                .andExpect(status().isOk());

        assertThatThrownBy(() -> commands.sendAndWait(new AssessIncident(incidentId, BehaviourType.INSTRUMENTAL,
                Severity.HIGH, Set.of(normId), "Bewust gericht op het raadslid.", Role.CLERK)))
                .isInstanceOfSatisfying(RuleViolationException.class, refusal -> assertThat(refusal.violations())
                        .containsExactly(new RuleViolation("normIds", RuleViolation.UNKNOWN)));
        assertThat(assessments(incidentId)).isEmpty();
    }

    private NormId adopted(String code) throws Exception {
        String body = mvc.perform(post("/api/norms").with(as("beheer")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("code", code, "title", "Adres noemen", "description", ORIGINAL,
                                "adoptedOn", "2025-10-14"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return NormId.of((String) JsonText.parse(body).get("normId"));
    }

    private void revise(NormId normId, String title, String description) throws Exception {
        mvc.perform(post("/api/norms/" + normId + "/revisions").with(as("beheer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("title", title, "description", description, "revisedOn", "2026-03-01"))))
                .andExpect(status().isOk());
    }

    /** Reported by Anna (so routed to the clerk) and discussed with the clerk: in the register, ready to assess. */
    private IncidentId registered() throws Exception {
        Map<String, Object> report = Reports.valid();
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                .content(json(report))).andExpect(status().isCreated());
        IncidentId incidentId = IncidentId.of((String) report.get("incidentId"));
        commands.sendAndWait(new RecordDiscussion(incidentId, Set.of(DiscussionParty.CLERK),
                clock.instant().minus(Duration.ofHours(2)), "Stopgesprek door de burgemeester", Role.CLERK));
        return incidentId;
    }

    private List<IncidentAssessed> assessments(IncidentId incidentId) {
        return eventStore.readEvents(incidentId.toString()).asStream().map(EventMessage::getPayload)
                .filter(IncidentAssessed.class::isInstance).map(IncidentAssessed.class::cast).toList();
    }
}
