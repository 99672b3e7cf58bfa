package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The Incident Register through the API: recording a discussion and an assessment (with
 * need-to-know, bad input and conflicts) and the register's filters.
 */
class RegisterApiTest extends ApplicationTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String NEXT_STEP = "De burgemeester voert een stopgesprek met de bezoeker.";
    private static final String RATIONALE = "Gerichte dreiging om het raadslid monddood te maken.";

    // ---------------------------------------------------------------- discussion

    @Test
    void theClerkDiscussesAnIncidentIntoTheRegisterAndTheTimelineShowsIt() throws Exception {
        String id = reported(Reports.valid(), "raadslid");

        discuss(id, "griffier", discussion())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidentId").value(id))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.registeredAt").value(notNullValue()))
                .andExpect(jsonPath("$.assessment").value(nullValue()))
                .andExpect(jsonPath("$.perpetratorId").value(nullValue()))
                .andExpect(jsonPath("$.repeat").value(false))
                .andExpect(jsonPath("$.previousIncidentCount").value(0))
                .andExpect(jsonPath("$.timeline[*].action", contains("IncidentReported", "IncidentDiscussed")))
                .andExpect(jsonPath("$.timeline[*].actor", contains("raadslid", "griffier")))
                .andExpect(jsonPath("$.timeline[*].actorRole", contains("OFFICIAL", "CLERK")))
                .andExpect(jsonPath("$.timeline[0].detail").value(nullValue()))
                .andExpect(jsonPath("$.timeline[1].detail").value("CLERK,MAYOR"))
                .andExpect(jsonPath("$.timeline[*].at", everyItem(notNullValue())));

        // The official sees the status and the decisions on their own incident.
        mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.timeline[*].action", contains("IncidentReported", "IncidentDiscussed")));
        assertThat(metaDataOf(id, "nl.weerbaar.incident.api.IncidentDiscussed"))
                .contains("\"actor\":\"griffier\"", "\"actorRole\":\"CLERK\"");
    }

    @Test
    void theDiscussionIsStoredAsSent() throws Exception {
        String id = reported(Reports.valid(), "raadslid");
        Map<String, Object> discussion = discussion("discussedAt", "2026-11-25T10:00:00+01:00");
        discussion.put("agreedNextStep", "  " + NEXT_STEP + "\n");

        discuss(id, "griffier", discussion).andExpect(status().isOk());

        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type = ?", String.class, id,
                "nl.weerbaar.incident.api.IncidentDiscussed"))
                .contains("\"discussedWith\":[\"CLERK\",\"MAYOR\"]", "\"discussedAt\":\"2026-11-25T09:00:00Z\"",
                        "\"registered\":true")
                // the agreed next step is personal data: sealed, not readable in the store
                .doesNotContain(NEXT_STEP);
    }

    @Test
    void aSecondDiscussionKeepsTheRegistration() throws Exception {
        String id = reported(Reports.valid(), "raadslid");
        discuss(id, "griffier", discussion()).andExpect(status().isOk());
        String registeredAt = (String) view(id, "griffier").get("registeredAt");

        discuss(id, "griffier", discussion())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.registeredAt").value(registeredAt))
                .andExpect(jsonPath("$.timeline[*].action",
                        contains("IncidentReported", "IncidentDiscussed", "IncidentDiscussed")));
    }

    @Test
    void theMayorDiscussesAnyIncident() throws Exception {
        String id = reported(Reports.valid(), "raadslid");

        discuss(id, "burgemeester", discussionWith("MAYOR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.timeline[*].actor", contains("raadslid", "burgemeester")))
                .andExpect(jsonPath("$.timeline[*].actorRole", contains("OFFICIAL", "MAYOR")))
                .andExpect(jsonPath("$.timeline[1].detail").value("MAYOR"));
    }

    @Test
    void theSecretaryDiscussesAnAldermansIncidentAndTheClerkDoesNotSeeIt() throws Exception {
        String id = reported(Reports.valid(), "wethouder");
        long events = eventCount();

        discuss(id, "griffier", discussion()).andExpect(status().isNotFound());
        assess(id, "griffier", assessment("FRUSTRATION", "LOW")).andExpect(status().isNotFound());
        assertThat(eventCount()).isEqualTo(events);

        discuss(id, "secretaris", discussionWith("MUNICIPAL_SECRETARY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.timeline[*].actor", contains("wethouder", "secretaris")))
                .andExpect(jsonPath("$.timeline[1].actorRole").value("MUNICIPAL_SECRETARY"))
                .andExpect(jsonPath("$.timeline[1].detail").value("MUNICIPAL_SECRETARY"));
    }

    // ---------------------------------------------------------------- need-to-know

    @ParameterizedTest
    @ValueSource(strings = {"secretaris", "raadslid2", "wethouder", "raad", "beheer"})
    void whoDoesNotSeeTheIncidentCannotDiscussOrAssessIt(String account) throws Exception {
        String id = reported(Reports.valid(), "raadslid");
        long events = eventCount();

        discuss(id, account, discussion()).andExpect(status().isNotFound());
        assertThat(eventCount()).isEqualTo(events);

        discuss(id, "griffier", discussion()).andExpect(status().isOk());
        events = eventCount();
        assess(id, account, assessment("INSTRUMENTAL", "HIGH")).andExpect(status().isNotFound());
        assertThat(eventCount()).isEqualTo(events);
        mvc.perform(get("/api/incidents/" + id).with(as("griffier")))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.assessment").value(nullValue()));
    }

    /** The official sees their own incident, but only a case handler decides about it: the aggregate refuses. */
    @Test
    void theOfficialDoesNotDiscussTheirOwnIncident() throws Exception {
        String id = reported(Reports.valid(), "raadslid");
        long events = eventCount();

        discuss(id, "raadslid", discussion())
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(eventCount()).isEqualTo(events);
        mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.registeredAt").value(nullValue()));
    }

    @Test
    void anUnknownIncidentIsNotFound() throws Exception {
        long events = eventCount();

        discuss(UUID.randomUUID().toString(), "burgemeester", discussion()).andExpect(status().isNotFound());
        assess(UUID.randomUUID().toString(), "burgemeester", assessment("FRUSTRATION", "LOW"))
                .andExpect(status().isNotFound());
        discuss("not-an-id", "burgemeester", discussion()).andExpect(status().isNotFound());
        assess("not-an-id", "burgemeester", assessment("FRUSTRATION", "LOW")).andExpect(status().isNotFound());
        assertThat(eventCount()).isEqualTo(events);
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void anEmptyDiscussionIsRefusedNamingEveryFieldAndStoresNothing() throws Exception {
        String id = reported(Reports.valid(), "raadslid");
        long events = eventCount();

        discuss(id, "griffier", Map.of())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field",
                        containsInAnyOrder("discussedWith", "discussedAt", "agreedNextStep")))
                .andExpect(jsonPath("$.errors[*].code", everyItem(equalTo("required"))))
                .andExpect(jsonPath("$.errors[*].message", everyItem(notNullValue())));

        assertThat(eventCount()).isEqualTo(events);
        mvc.perform(get("/api/incidents/" + id).with(as("griffier")))
                .andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.registeredAt").value(nullValue()))
                .andExpect(jsonPath("$.timeline[*].action", contains("IncidentReported")));
    }

    @Test
    void aDiscussionBreakingEachRuleIsRefusedNamingTheField() throws Exception {
        String id = reported(Reports.valid(), "raadslid");
        long events = eventCount();

        discuss(id, "griffier", discussion("discussedWith", List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("discussedWith")))
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        discuss(id, "griffier", discussion("discussedAt", isoWithOffset(OffsetDateTime.now(AMSTERDAM).plusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("discussedAt")))
                .andExpect(jsonPath("$.errors[0].code").value("inFuture"));
        discuss(id, "griffier", discussion("agreedNextStep", " \n "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("agreedNextStep")))
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        discuss(id, "griffier", discussion("agreedNextStep", "x".repeat(2_001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("agreedNextStep")))
                .andExpect(jsonPath("$.errors[0].code").value("tooLong"));

        assertThat(eventCount()).isEqualTo(events);
        discuss(id, "griffier", discussion("agreedNextStep", "x".repeat(2_000))).andExpect(status().isOk());
    }

    @Test
    void unreadableDiscussionValuesAreNamed() throws Exception {
        String id = reported(Reports.valid(), "raadslid");
        long events = eventCount();

        discuss(id, "griffier", discussion("discussedWith", List.of("POLICE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("discussedWith")));
        discuss(id, "griffier", discussion("discussedAt", "gisteren"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("discussedAt")));
        mvc.perform(post("/api/incidents/" + id + "/discussions").with(as("griffier"))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));

        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void unreadableAssessmentValuesAreNamed() throws Exception {
        String id = registered();
        long events = eventCount();

        assess(id, "griffier", assessmentWith("severity", "EXTREME"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", contains("severity")));
        assess(id, "griffier", assessmentWith("behaviourType", "ANGRY"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("behaviourType")));
        assess(id, "griffier", assessmentWith("normIds", List.of("not-a-uuid")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("normIds")));

        assertThat(eventCount()).isEqualTo(events);
        mvc.perform(get("/api/incidents/" + id).with(as("griffier")))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.assessment").value(nullValue()));
    }

    // ---------------------------------------------------------------- conflicts

    @Test
    void aClosedIncidentIsNotDiscussed() throws Exception {
        String id = registered();
        close(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        long events = eventCount();

        discuss(id, "griffier", discussion())
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aReopenedRegisteredIncidentIsRegisteredAgain() throws Exception {
        String id = registered();
        String registeredAt = (String) view(id, "griffier").get("registeredAt");
        close(id).andExpect(status().isOk());

        mvc.perform(post("/api/incidents/" + id + "/reopening").with(as("griffier"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Nieuwe feiten"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.registeredAt").value(registeredAt))
                .andExpect(jsonPath("$.timeline[*].action", contains("IncidentReported", "IncidentDiscussed",
                        "IncidentClosed", "IncidentReopened")));
        discuss(id, "griffier", discussion()).andExpect(status().isOk())
                .andExpect(jsonPath("$.registeredAt").value(registeredAt));
    }

    // ---------------------------------------------------------------- assessment
    // Held back: every AssessIncident fails while no NormCatalogue bean exists (see the report).
    // Paste into RegisterApiTest once the bean is there; needs only the imports RegisterApiTest has
    // plus java.time.Instant (already imported).

    @Test
    void theClerkAssessesARegisteredIncidentAndTheTimelineShowsIt() throws Exception {
        String id = registered();
        String registeredAt = (String) view(id, "griffier").get("registeredAt");

        assess(id, "griffier", assessment("INSTRUMENTAL", "HIGH"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSESSED"))
                .andExpect(jsonPath("$.registeredAt").value(registeredAt))
                .andExpect(jsonPath("$.assessment.number").value(1))
                .andExpect(jsonPath("$.assessment.behaviourType").value("INSTRUMENTAL"))
                .andExpect(jsonPath("$.assessment.severity").value("HIGH"))
                .andExpect(jsonPath("$.assessment.norms", empty()))
                .andExpect(jsonPath("$.assessment.rationale").value(RATIONALE))
                .andExpect(jsonPath("$.assessment.assessedAt").value(notNullValue()))
                .andExpect(jsonPath("$.assessment.needsPromptResponse").value(true))
                .andExpect(jsonPath("$.timeline[*].action",
                        contains("IncidentReported", "IncidentDiscussed", "IncidentAssessed")))
                .andExpect(jsonPath("$.timeline[*].actor", contains("raadslid", "griffier", "griffier")))
                .andExpect(jsonPath("$.timeline[*].actorRole", contains("OFFICIAL", "CLERK", "CLERK")))
                .andExpect(jsonPath("$.timeline[2].detail").value("INSTRUMENTAL,HIGH"));

        // The official sees the status and the decisions on their own incident.
        mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSESSED"))
                .andExpect(jsonPath("$.assessment.severity").value("HIGH"))
                .andExpect(jsonPath("$.timeline[*].action",
                        contains("IncidentReported", "IncidentDiscussed", "IncidentAssessed")));
        assertThat(metaDataOf(id, "nl.weerbaar.incident.api.IncidentAssessed"))
                .contains("\"actor\":\"griffier\"", "\"actorRole\":\"CLERK\"");
    }

    @Test
    void theTimelineIsInTheOrderOfTheDecisions() throws Exception {
        String id = reported(Reports.valid(), "raadslid");
        discuss(id, "griffier", discussion()).andExpect(status().isOk());
        assess(id, "griffier", assessment("FRUSTRATION", "LOW")).andExpect(status().isOk());
        discuss(id, "burgemeester", discussion()).andExpect(status().isOk());
        assess(id, "burgemeester", assessment("FRUSTRATION", "ACUTE")).andExpect(status().isOk());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) view(id, "griffier").get("timeline");
        assertThat(timeline).extracting(entry -> entry.get("action")).containsExactly("IncidentReported",
                "IncidentDiscussed", "IncidentAssessed", "IncidentDiscussed", "IncidentAssessed");
        assertThat(timeline).extracting(entry -> entry.get("actor")).containsExactly("raadslid", "griffier",
                "griffier", "burgemeester", "burgemeester");
        assertThat(timeline.stream().map(entry -> Instant.parse((String) entry.get("at"))).toList()).isSorted();
    }

    @Test
    void aReassessmentIsTheNextRevision() throws Exception {
        String id = registered();
        assess(id, "griffier", assessment("INSTRUMENTAL", "HIGH")).andExpect(status().isOk());

        assess(id, "griffier", assessmentWith("rationale", "Bij nader inzien: boosheid over een besluit."))
                .andExpect(status().isOk());
        Map<String, Object> revision = assessment("FRUSTRATION", "MEDIUM");
        revision.put("rationale", "Toch frustratie.");
        assess(id, "griffier", revision)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSESSED"))
                .andExpect(jsonPath("$.assessment.number").value(3))
                .andExpect(jsonPath("$.assessment.behaviourType").value("FRUSTRATION"))
                .andExpect(jsonPath("$.assessment.severity").value("MEDIUM"))
                .andExpect(jsonPath("$.assessment.rationale").value("Toch frustratie."))
                .andExpect(jsonPath("$.assessment.needsPromptResponse").value(false))
                .andExpect(jsonPath("$.timeline[*].action", contains("IncidentReported", "IncidentDiscussed",
                        "IncidentAssessed", "IncidentAssessed", "IncidentAssessed")));
        // The history keeps every version.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type = 'nl.weerbaar.incident.api.IncidentAssessed'", Long.class, id)).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"FRUSTRATION,LOW,false", "FRUSTRATION,ACUTE,true", "INSTRUMENTAL,LOW,true"})
    void anInstrumentalOrAcuteAssessmentNeedsAPromptResponse(String type, String severity, boolean prompt)
            throws Exception {
        String id = registered();

        assess(id, "griffier", assessment(type, severity))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessment.needsPromptResponse").value(prompt));
    }

    @Test
    void theMayorAssessesAnyIncident() throws Exception {
        String id = registered();

        assess(id, "burgemeester", assessment("FRUSTRATION", "LOW"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSESSED"))
                .andExpect(jsonPath("$.timeline[*].actor", contains("raadslid", "griffier", "burgemeester")))
                .andExpect(jsonPath("$.timeline[*].actorRole", contains("OFFICIAL", "CLERK", "MAYOR")));
    }

    @Test
    void theSecretaryAssessesAnAldermansIncident() throws Exception {
        String id = reported(Reports.valid(), "wethouder");
        discuss(id, "secretaris", discussionWith("MUNICIPAL_SECRETARY")).andExpect(status().isOk());

        assess(id, "secretaris", assessment("INSTRUMENTAL", "ACUTE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSESSED"))
                .andExpect(jsonPath("$.timeline[2].actor").value("secretaris"));
    }

    @Test
    void theOfficialDoesNotAssessTheirOwnIncident() throws Exception {
        String id = registered();
        long events = eventCount();

        assess(id, "raadslid", assessment("FRUSTRATION", "LOW"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(eventCount()).isEqualTo(events);
        mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.assessment").value(nullValue()));
    }

    @Test
    void anEmptyAssessmentIsRefusedNamingEveryFieldAndStoresNothing() throws Exception {
        String id = registered();
        long events = eventCount();

        assess(id, "griffier", Map.of())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("behaviourType", "severity", "rationale")))
                .andExpect(jsonPath("$.errors[*].code", everyItem(equalTo("required"))));

        assertThat(eventCount()).isEqualTo(events);
        mvc.perform(get("/api/incidents/" + id).with(as("griffier")))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.assessment").value(nullValue()));
    }

    @Test
    void aRationaleMissingOrTooLongIsRefused() throws Exception {
        String id = registered();
        long events = eventCount();

        assess(id, "griffier", assessmentWith("rationale", "   "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("rationale")))
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        assess(id, "griffier", assessmentWith("rationale", "x".repeat(5_001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("rationale")))
                .andExpect(jsonPath("$.errors[0].code").value("tooLong"));

        assertThat(eventCount()).isEqualTo(events);
        assess(id, "griffier", assessmentWith("rationale", "x".repeat(5_000))).andExpect(status().isOk());
    }

    @Test
    void assessingWithAnUnknownNormIsRefusedNamingNormIds() throws Exception {
        String id = registered();
        long events = eventCount();

        assess(id, "griffier", assessmentWith("normIds", List.of(UUID.randomUUID().toString())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", contains("normIds")))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));

        assertThat(eventCount()).isEqualTo(events);
        mvc.perform(get("/api/incidents/" + id).with(as("griffier")))
                .andExpect(jsonPath("$.assessment").value(nullValue()));
    }

    @Test
    void assessingBeforeTheDiscussionIsAConflict() throws Exception {
        String id = reported(Reports.valid(), "raadslid");
        long events = eventCount();

        assess(id, "griffier", assessment("INSTRUMENTAL", "HIGH"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(eventCount()).isEqualTo(events);
        mvc.perform(get("/api/incidents/" + id).with(as("griffier")))
                .andExpect(jsonPath("$.status").value("REPORTED"));
    }

    @Test
    void aClosedIncidentIsNotAssessed() throws Exception {
        String id = registered();
        close(id).andExpect(status().isOk());
        long events = eventCount();

        assess(id, "griffier", assessment("INSTRUMENTAL", "HIGH"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aReopenedAssessedIncidentIsAssessedAgainAndCanBeReassessed() throws Exception {
        String id = registered();
        assess(id, "griffier", assessment("INSTRUMENTAL", "HIGH")).andExpect(status().isOk());
        close(id).andExpect(status().isOk());

        mvc.perform(post("/api/incidents/" + id + "/reopening").with(as("griffier"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Nieuwe feiten"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSESSED"))
                .andExpect(jsonPath("$.assessment.number").value(1));

        assess(id, "griffier", assessment("FRUSTRATION", "LOW"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessment.number").value(2));
    }

    @Test
    void statusFilterFindsTheAssessedIncidents() throws Exception {
        String assessed = registered();
        assess(assessed, "griffier", assessment("FRUSTRATION", "LOW")).andExpect(status().isOk());
        String registered = registered();
        String reported = reported(Reports.valid(), "raadslid");

        list("griffier", "status=ASSESSED")
                .andExpect(jsonPath("$.items[*].incidentId", hasItem(assessed)))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(registered))))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(reported))))
                .andExpect(jsonPath("$.items[*].status", everyItem(equalTo("ASSESSED"))));
        list("griffier", "status=REGISTERED")
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(assessed))));
        list("raadslid2", "status=ASSESSED")
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(assessed))));
        list("raad", "status=ASSESSED").andExpect(jsonPath("$.total").value(0));
    }

    // ---------------------------------------------------------------- filters

    @Test
    void statusFilterNarrowsTheRegister() throws Exception {
        String registered = registered();
        String reported = reported(Reports.valid(), "raadslid");

        list("griffier", "status=REGISTERED")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].incidentId", hasItem(registered)))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(reported))))
                .andExpect(jsonPath("$.items[*].status", everyItem(equalTo("REGISTERED"))));
        list("griffier", "status=REPORTED")
                .andExpect(jsonPath("$.items[*].incidentId", hasItem(reported)))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(registered))))
                .andExpect(jsonPath("$.items[*].status", everyItem(equalTo("REPORTED"))));
        list("griffier", "status=WITHDRAWN")
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(registered))))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(reported))));
        assertThat(total("griffier", "status=REGISTERED")).isLessThan(total("griffier", ""));
    }

    @Test
    void channelFilterNarrowsTheRegister() throws Exception {
        String byEmail = reported(Reports.valid("channel", "EMAIL"), "raadslid");
        String inMeeting = reported(Reports.valid(), "raadslid");

        list("griffier", "channel=EMAIL")
                .andExpect(jsonPath("$.items[*].incidentId", hasItem(byEmail)))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(inMeeting))))
                .andExpect(jsonPath("$.items[*].channel", everyItem(equalTo("EMAIL"))));
        list("griffier", "channel=DURING_MEETING")
                .andExpect(jsonPath("$.items[*].incidentId", hasItem(inMeeting)))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(byEmail))));
    }

    @Test
    void behaviourFilterNarrowsTheRegister() throws Exception {
        String doxxing = reported(Reports.valid("behaviours", List.of("DOXXING", "STALKING")), "raadslid");
        String threat = reported(Reports.valid(), "raadslid");

        list("griffier", "behaviour=DOXXING")
                .andExpect(jsonPath("$.items[*].incidentId", hasItem(doxxing)))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(threat))))
                .andExpect(jsonPath("$.items[*].behaviours", everyItem(hasItem("DOXXING"))));
        list("griffier", "behaviour=INTIMIDATION")
                .andExpect(jsonPath("$.items[*].incidentId", hasItem(threat)))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(doxxing))))
                .andExpect(jsonPath("$.items[*].behaviours", everyItem(hasItem("INTIMIDATION"))));
    }

    @Test
    void officialKindFilterNarrowsTheRegisterWithinWhatTheCallerMaySee() throws Exception {
        String annas = reported(Reports.valid(), "raadslid");
        String carlas = reported(Reports.valid(), "wethouder");

        list("griffier", "officialKind=COUNCIL_MEMBER")
                .andExpect(jsonPath("$.items[*].incidentId", hasItem(annas)))
                .andExpect(jsonPath("$.items[*].official.kind", everyItem(equalTo("COUNCIL_MEMBER"))));
        // The clerk handles no alderman's incident: the filter does not widen need-to-know.
        list("griffier", "officialKind=ALDERMAN")
                .andExpect(jsonPath("$.items", empty()))
                .andExpect(jsonPath("$.total").value(0));
        list("burgemeester", "officialKind=ALDERMAN")
                .andExpect(jsonPath("$.items[*].incidentId", hasItem(carlas)))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(annas))))
                .andExpect(jsonPath("$.items[*].official.kind", everyItem(equalTo("ALDERMAN"))));
    }

    @Test
    void fromAndToNarrowTheRegisterToDaysInAmsterdam() throws Exception {
        String id = reported(Reports.valid(), "raadslid");
        LocalDate day = Instant.parse((String) view(id, "griffier").get("reportedAt")).atZone(AMSTERDAM)
                .toLocalDate();

        list("griffier", "from=" + day + "&to=" + day)
                .andExpect(jsonPath("$.items[*].incidentId", hasItem(id)));
        list("griffier", "from=" + day)
                .andExpect(jsonPath("$.items[*].incidentId", hasItem(id)));
        list("griffier", "to=" + day)
                .andExpect(jsonPath("$.items[*].incidentId", hasItem(id)));
        list("griffier", "to=" + day.minusDays(1))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(id))));
        list("griffier", "from=" + day.plusDays(1))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(id))));
        list("griffier", "from=" + day.plusDays(1) + "&to=" + day.minusDays(1))
                .andExpect(jsonPath("$.items", empty()))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void repeatFilterNarrowsTheRegister() throws Exception {
        String id = reported(Reports.valid(), "raadslid");

        list("griffier", "repeat=false")
                .andExpect(jsonPath("$.items[*].incidentId", hasItem(id)))
                .andExpect(jsonPath("$.items[*].repeat", everyItem(equalTo(false))));
        list("griffier", "repeat=true")
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(id))))
                .andExpect(jsonPath("$.items[*].repeat", everyItem(equalTo(true))));
    }

    @Test
    void filtersCombine() throws Exception {
        String wanted = reported(Reports.valid("channel", "EMAIL"), "raadslid");
        discuss(wanted, "griffier", discussion()).andExpect(status().isOk());
        String otherChannel = registered();
        String notRegistered = reported(Reports.valid("channel", "EMAIL"), "raadslid");
        String otherBehaviour = reported(Reports.valid("behaviours", List.of("DOXXING")), "raadslid");
        discuss(otherBehaviour, "griffier", discussion()).andExpect(status().isOk());

        String all = "status=REGISTERED&channel=EMAIL&behaviour=THREAT&officialKind=COUNCIL_MEMBER&repeat=false";
        list("griffier", all)
                .andExpect(jsonPath("$.items[*].incidentId", hasItem(wanted)))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(otherChannel))))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(notRegistered))))
                .andExpect(jsonPath("$.items[*].incidentId", not(hasItem(otherBehaviour))))
                .andExpect(jsonPath("$.items[*].status", everyItem(equalTo("REGISTERED"))))
                .andExpect(jsonPath("$.items[*].channel", everyItem(equalTo("EMAIL"))));
        // The mayor sees it too; Bram, the secretary and the reviewer do not, whatever the filter.
        list("burgemeester", all).andExpect(jsonPath("$.items[*].incidentId", hasItem(wanted)));
        list("raadslid2", all).andExpect(jsonPath("$.items[*].incidentId", not(hasItem(wanted))));
        list("secretaris", all).andExpect(jsonPath("$.total").value(0));
        list("raad", "status=REGISTERED").andExpect(jsonPath("$.total").value(0));
        list("beheer", "channel=EMAIL").andExpect(jsonPath("$.total").value(0));
    }

    @ParameterizedTest
    @CsvSource({"status,FOO", "channel,PIGEON", "behaviour,SHOUTING", "officialKind,KING", "from,gisteren",
            "to,2026-13-01", "repeat,misschien"})
    void anInvalidFilterValueIsRefusedNamingTheParameter(String parameter, String value) throws Exception {
        list("griffier", parameter + "=" + value)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", contains(parameter)))
                .andExpect(jsonPath("$.errors[0].code").value("invalid"));
    }

    // ---------------------------------------------------------------- helpers

    private ResultActions discuss(String id, String account, Map<String, ?> body) throws Exception {
        return mvc.perform(post("/api/incidents/" + id + "/discussions").with(as(account))
                .contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }

    private ResultActions assess(String id, String account, Map<String, ?> body) throws Exception {
        return mvc.perform(post("/api/incidents/" + id + "/assessments").with(as(account))
                .contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }

    private ResultActions close(String id) throws Exception {
        return mvc.perform(post("/api/incidents/" + id + "/closure").with(as("griffier"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("outcome", "RESOLVED", "reason", "Afgehandeld"))));
    }

    private ResultActions list(String account, String query) throws Exception {
        return mvc.perform(get("/api/incidents?size=100&" + query).with(as(account)));
    }

    private long total(String account, String query) throws Exception {
        return ((Number) JsonText.parse(list(account, query).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).get("total")).longValue();
    }

    private Map<?, ?> view(String id, String account) throws Exception {
        return JsonText.parse(mvc.perform(get("/api/incidents/" + id).with(as(account)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String reported(Map<String, Object> report, String account) throws Exception {
        mvc.perform(post("/api/incidents").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content(json(report))).andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }

    /** Anna's incident, discussed by the clerk: in the register. */
    private String registered() throws Exception {
        String id = reported(Reports.valid(), "raadslid");
        discuss(id, "griffier", discussion()).andExpect(status().isOk());
        return id;
    }

    private String metaDataOf(String id, String payloadType) {
        return jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type = ?", String.class, id, payloadType);
    }

    /** A discussion with the clerk and the mayor an hour ago. */
    private static Map<String, Object> discussion() {
        return discussionWith("CLERK", "MAYOR");
    }

    private static Map<String, Object> discussionWith(String... parties) {
        Map<String, Object> discussion = new LinkedHashMap<>();
        discussion.put("discussedWith", List.of(parties));
        discussion.put("discussedAt", isoWithOffset(OffsetDateTime.now(AMSTERDAM).minusHours(1)));
        discussion.put("agreedNextStep", NEXT_STEP);
        return discussion;
    }

    private static Map<String, Object> discussion(String key, Object value) {
        Map<String, Object> discussion = discussion();
        discussion.put(key, value);
        return discussion;
    }

    /** No norms: the framework may hold none yet. */
    private static Map<String, Object> assessment(String behaviourType, String severity) {
        Map<String, Object> assessment = new LinkedHashMap<>();
        assessment.put("behaviourType", behaviourType);
        assessment.put("severity", severity);
        assessment.put("normIds", List.of());
        assessment.put("rationale", RATIONALE);
        return assessment;
    }

    private static Map<String, Object> assessmentWith(String key, Object value) {
        Map<String, Object> assessment = assessment("INSTRUMENTAL", "HIGH");
        assessment.put(key, value);
        return assessment;
    }

    private static String isoWithOffset(OffsetDateTime moment) {
        return moment.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
