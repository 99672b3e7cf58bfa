package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.app.audit.AuditTrailProjection;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.query.IncidentRegisterProjection;
import nl.weerbaar.incident.query.PerpetratorProfilesProjection;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The register and the profiles are projections: replaying the event store rebuilds them exactly. */
class ReplayTest extends ApplicationTest {

    @Autowired
    private ProjectionSync projections;
    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Test
    void resettingTheRegisterProcessorRebuildsTheRegisterFromTheEvents() throws Exception {
        for (String account : List.of("raadslid", "raadslid2", "wethouder")) {
            mvc.perform(post("/api/incidents").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                    .content(json(Reports.valid()))).andExpect(status().isCreated());
        }
        List<Map<String, Object>> before = register();
        // A row no event explains: a rebuild must not keep it.
        jdbc.update("UPDATE incident_register SET location = 'handmatig gewijzigd' WHERE incident_id = ?",
                before.get(0).get("incident_id"));

        StreamingEventProcessor processor = eventProcessing
                .eventProcessor(IncidentRegisterProjection.NAME, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(register()).isEqualTo(before));
        assertThat(processor.isError()).isFalse();
        assertThat(processor.processingStatus().values()).allMatch(status -> !status.isReplaying()
                || status.getCurrentPosition().isPresent());
    }

    @Test
    void resettingTheProfilesProcessorRebuildsTheProfilesFromTheEvents() throws Exception {
        String first = profile("Jósé Replay");
        String second = profile("J. Replay");
        String erased = profile("Wordt gewist");
        for (String profile : List.of(first, second, first)) {
            Map<String, Object> report = Reports.valid();
            mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                    .content(json(report))).andExpect(status().isCreated());
            mvc.perform(post("/api/incidents/" + report.get("incidentId") + "/perpetrator").with(as("griffier"))
                    .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("perpetratorId", profile))))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/perpetrators/" + first + "/merge").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("otherPerpetratorId", second))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/perpetrators/" + erased + "/erasure").with(as("beheer"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Verzoek"))))
                .andExpect(status().isOk());
        List<String> before = profiles();
        // Rows no event explains: a rebuild must not keep them.
        jdbc.update("UPDATE perpetrator_profile SET name = 'handmatig gewijzigd' WHERE perpetrator_id = ?::uuid",
                first);
        jdbc.update("DELETE FROM perpetrator_link");

        StreamingEventProcessor processor = eventProcessing
                .eventProcessor(PerpetratorProfilesProjection.NAME, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(profiles()).isEqualTo(before));
        assertThat(processor.isError()).isFalse();
    }

    /** The audit trail rebuilds with the same entries and the same hash chain, an erased rationale included. */
    @Test
    void resettingTheAuditTrailRebuildsItWithTheSameHashes() throws Exception {
        for (String account : List.of("raadslid", "wethouder")) {
            Map<String, Object> report = Reports.valid();
            mvc.perform(post("/api/incidents").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                    .content(json(report))).andExpect(status().isCreated());
            mvc.perform(post("/api/incidents/" + report.get("incidentId") + "/no-response")
                    .with(as("raadslid".equals(account) ? "griffier" : "secretaris"))
                    .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("officialConsulted", true,
                            "officialView", "Laat maar", "rationale", "Eenmalige frustratie"))))
                    .andExpect(status().isCreated());
            if ("wethouder".equals(account)) {
                mvc.perform(post("/api/incidents/" + report.get("incidentId") + "/erasure").with(as("beheer"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Verzoek"))))
                        .andExpect(status().isOk());
            }
        }
        StreamingEventProcessor processor = eventProcessing
                .eventProcessor(AuditTrailProjection.NAME, StreamingEventProcessor.class).orElseThrow();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM audit_entry", Long.class).equals(eventCount()));
        List<String> before = rows(List.of("audit_entry", "audit_incident", "audit_official", "audit_object"));
        assertThat(before).anyMatch(row -> row.contains("[gewist]")).anyMatch(row -> row.contains("Eenmalige"));
        // Rows no event explains: a rebuild must not keep them.
        jdbc.update("UPDATE audit_entry SET rationale = 'handmatig', hash = repeat('0', 64) "
                + "WHERE position = (SELECT max(position) FROM audit_entry)");

        processor.shutDown();
        processor.resetTokens();
        processor.start();

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                rows(List.of("audit_entry", "audit_incident", "audit_official", "audit_object"))).isEqualTo(before));
        assertThat(processor.isError()).isFalse();
    }

    /** The whole read side: every streaming projection, reset at once, rebuilds every table it keeps. */
    @Test
    void everyProjectionRebuildsIdenticallyFromTheEvents() throws Exception {
        Map<String, Object> report = Reports.valid();
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                .content(json(report))).andExpect(status().isCreated());
        mvc.perform(post("/api/incidents/" + report.get("incidentId") + "/discussions").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("discussedWith", List.of("CLERK"),
                        "discussedAt", "2026-11-21T10:00:00+01:00", "agreedNextStep", "Stopgesprek"))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/incidents/" + report.get("incidentId") + "/interventions").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("type", "ACCESS_BAN",
                        "officialConsulted", true, "officialView", "Graag een toegangsverbod",
                        "rationale", "Herhaalde intimidatie op de tribune", "scope", "TOWN_HALL",
                        "from", "2026-11-22", "until", "2027-02-22", "legalBasis", "Art. 174 Gemeentewet"))))
                .andExpect(status().isCreated());
        protectiveMeasures();
        aftercare((String) report.get("incidentId"));
        communication((String) report.get("incidentId"));
        List<String> projectionTables = jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN
                ('domain_event_entry', 'snapshot_event_entry', 'token_entry', 'flyway_schema_history',
                 'data_subject_key', 'master_key_check', 'scheduled_tasks', 'incident_reference_counter',
                 'access_log', 'spring_session', 'spring_session_attributes', 'application_node')
                ORDER BY table_name
                """, String.class);
        assertThat(projectionTables).contains("incident_register", "incident_timeline", "official", "norm_version",
                "responses", "safety_scans", "threat_measures", "meeting_risk_analyses", "aftercare_requests",
                "case_updates", "damage_claims", "case_follow_up_offers", "audit_entry", "audit_incident", "audit_object", "communication_decisions",
                "falsehood_corrections", "frozen_report");
        // every projection has seen every event, the audit trail's last entry too, before the picture is taken
        assertThat(projections.awaitAllCaughtUp(Duration.ofSeconds(30))).isTrue();
        List<String> before = rows(projectionTables);

        List<StreamingEventProcessor> processors = eventProcessing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        processors.forEach(StreamingEventProcessor::shutDown);
        processors.forEach(StreamingEventProcessor::resetTokens);
        processors.forEach(StreamingEventProcessor::start);

        Awaitility.await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> {
                    List<String> after = rows(projectionTables);
                    // the lists are long: say which rows differ rather than print both
                    assertThat(after).as("rows only before the replay: %s%nrows only after it: %s",
                            without(before, after), without(after, before)).isEqualTo(before);
                });
        assertThat(processors).noneMatch(StreamingEventProcessor::isError);
    }

    private static List<String> without(List<String> rows, List<String> others) {
        List<String> left = new ArrayList<>(rows);
        others.forEach(left::remove);
        return left;
    }

    /** One of each protective measure, with the arrays and the later events their table keeps. */
    private void protectiveMeasures() throws Exception {
        String scan = UUID.randomUUID().toString();
        String measure = UUID.randomUUID().toString();
        mvc.perform(post("/api/safety-scans").with(as("griffier")).contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("safetyScanId", scan, "officialId", ANNA.toString(), "requestedOn", "2026-11-20"))))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/safety-scans/" + scan + "/completion").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("carriedOutOn", "2026-11-21",
                        "adviceSummary", "Camera", "followUpActions", List.of("Camera plaatsen", "Route, variëren")))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/safety-scans/" + scan + "/follow-up-actions/1/done").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("doneOn", "2026-11-22"))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/threat-measures").with(as("burgemeester")).contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("threatMeasureId", measure, "officialId", CARLA.toString(), "what", "Surveillance",
                        "from", "2026-11-20", "until", "2099-12-31", "agreedWith", List.of("POLICE")))))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/threat-measures/" + measure + "/ending").with(as("burgemeester"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Voorbij"))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/meeting-risk-analyses").with(as("secretaris")).contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("meetingKind", "INFORMATION", "meetingName", "Windpark", "meetingOn", "2026-12-01",
                        "risksFound", "Boze omwonenden", "measuresTaken", "Boa's", "officials",
                        List.of(CARLA.toString())))))
                .andExpect(status().isCreated());
    }

    /** Aftercare of each kind with its later events, and the follow-up a criminal complaint offers. */
    private void aftercare(String incident) throws Exception {
        String aftercare = UUID.randomUUID().toString();
        String update = UUID.randomUUID().toString();
        String claim = UUID.randomUUID().toString();
        send("/api/incidents/" + incident + "/interventions", Map.of("type", "CRIMINAL_COMPLAINT",
                "officialConsulted", true, "officialView", "Graag aangifte", "rationale", "Bedreiging", "vpt", true));
        send("/api/incidents/" + incident + "/aftercare", Map.of("aftercareId", aftercare, "kind", "CONFIDANT",
                "requestedOn", "2026-11-20"));
        send("/api/aftercare/" + aftercare + "/arrangement", Map.of("arrangedBy", "Griffier",
                "arrangedWith", "Mw. De Boer", "arrangedOn", "2026-11-21"));
        send("/api/incidents/" + incident + "/case-updates", Map.of("caseUpdateId", update, "date", "2026-11-20",
                "source", "POLICE", "kind", "COMPLAINT_REGISTERED", "summary", "Aangifte opgenomen"));
        send("/api/case-updates/" + update + "/official-informed", Map.of("informedAt", "2026-11-23T10:00:00+01:00",
                "how", "PHONE"));
        send("/api/incidents/" + incident + "/damage-claims", Map.of("damageClaimId", claim, "what", "Ruit",
                "amount", "250.00", "route", "SETTLEMENT", "filedOn", "2026-11-21"));
        send("/api/damage-claims/" + claim + "/status", Map.of("status", "AWARDED", "changedOn", "2026-11-22"));
        send("/api/damage-claims/" + claim + "/recoveries", Map.of("amount", "100", "receivedOn", "2026-11-23"));
    }

    private void send(String path, Map<String, ?> body) throws Exception {
        int status = mvc.perform(post(path).with(as("griffier")).contentType(MediaType.APPLICATION_JSON)
                .content(json(body))).andReturn().getResponse().getStatus();
        assertThat(status).as(path).isBetween(200, 201);
    }

    /** A decision, its revision and execution, and a correction through to publication. */
    private void communication(String incident) throws Exception {
        String decision = UUID.randomUUID().toString();
        Map<String, Object> first = CommunicationApiTest.decision(List.of("PARTY_LEADERS"), true);
        Map<String, Object> revision = CommunicationApiTest.decision(List.of("COUNCIL", "COLLEGE"), false);
        revision.put("decisionId", decision);
        for (Map<String, Object> body : List.of(first, revision)) {
            mvc.perform(post("/api/incidents/" + incident + "/communication-decisions").with(as("griffier"))
                    .contentType(MediaType.APPLICATION_JSON).content(json(body)))
                    .andExpect(status().isCreated());
        }
        String today = java.time.LocalDate.now(clock).toString();
        mvc.perform(post("/api/communication-decisions/" + decision + "/execution").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("executedOn", today,
                        "executedBy", "De burgemeester"))))
                .andExpect(status().isOk());
        String correction = UUID.randomUUID().toString();
        mvc.perform(post("/api/falsehood-corrections").with(as("griffier")).contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("correctionId", correction, "incidentId", incident, "where", "Facebook",
                        "falsehood", "Onjuist", "proposedCorrection", "Juist"))))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/falsehood-corrections/" + correction + "/approval").with(as("burgemeester"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("approvedOn", today))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/falsehood-corrections/" + correction + "/publication").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("publishedOn", today, "link", "https://x"))))
                .andExpect(status().isOk());
    }

    private List<String> rows(List<String> tables) {
        return tables.stream()
                .flatMap(table -> jdbc.queryForList("SELECT CAST(t AS TEXT) AS row FROM " + table + " t ORDER BY 1",
                        String.class).stream().map(row -> table + ": " + row))
                .toList();
    }

    /** Every row of the profile tables as text, in a fixed order. */
    private List<String> profiles() {
        return rows(List.of("perpetrator_profile", "perpetrator_profile_search_key", "perpetrator_link"));
    }

    private String profile(String name) throws Exception {
        String answer = mvc.perform(post("/api/perpetrators").with(as("griffier"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("name", name))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return (String) JsonText.parse(answer).get("perpetratorId");
    }

    private List<Map<String, Object>> register() {
        return jdbc.queryForList("SELECT * FROM incident_register ORDER BY incident_id");
    }

}
