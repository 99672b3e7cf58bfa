package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incident.api.PersonalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Erasure of an incident's personal data and legal holds (administrator only), and closing and
 * reopening an incident (its case handler), through the API.
 */
class ErasureApiTest extends ApplicationTest {

    private static final String ERASED = PersonalData.ERASED;
    private static final String ERASED_EVENT = "nl.weerbaar.incident.api.IncidentPersonalDataErased";

    // ---------------------------------------------------------------- who may erase and hold

    @ParameterizedTest
    @ValueSource(strings = {"griffier", "secretaris", "burgemeester", "raadslid", "raad"})
    void onlyTheAdministratorErasesOrPlacesOrLiftsAHold(String account) throws Exception {
        String id = reported();
        long events = eventCount();

        erase(id, account, "Verzoek tot verwijdering").andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        placeHold(id, account, "Lopende rechtszaak").andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(withReason(delete(holdPath(id)), "Rechtszaak afgerond").with(as(account)))
                .andExpect(status().isForbidden());

        assertThat(eventCount()).isEqualTo(events);
        mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andExpect(jsonPath("$.personalDataErased").value(false))
                .andExpect(jsonPath("$.description").value(Reports.valid().get("description")));
        assertThat(keyOf(id).wrappedKeyPresent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"erasure", "legal-hold"})
    void administratorOnAnUnknownIncidentGetsNotFound(String action) throws Exception {
        long events = eventCount();
        mvc.perform(withReason(post("/api/incidents/" + UUID.randomUUID() + "/" + action), "Verzoek")
                        .with(as("beheer")))
                .andExpect(status().isNotFound());
        mvc.perform(withReason(delete("/api/incidents/" + UUID.randomUUID() + "/legal-hold"), "Verzoek")
                        .with(as("beheer")))
                .andExpect(status().isNotFound());
        assertThat(eventCount()).isEqualTo(events);
    }

    // ---------------------------------------------------------------- bad input

    @ParameterizedTest
    @CsvSource(value = {"erasure,NULL", "erasure,'  '", "legal-hold,NULL", "legal-hold,''"}, nullValues = "NULL")
    void missingOrBlankReasonIsRefusedAndStoresNothing(String action, String reason) throws Exception {
        String id = reported();
        long events = eventCount();

        mvc.perform(withReason(post("/api/incidents/" + id + "/" + action), reason).with(as("beheer")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reason")))
                .andExpect(jsonPath("$.errors[0].code").value("required"))
                .andExpect(jsonPath("$.errors[0].message").value(notNullValue()));

        assertThat(eventCount()).isEqualTo(events);
        assertThat(keyOf(id).wrappedKeyPresent()).isTrue();
    }

    @Test
    void liftingAHoldWithoutAReasonIsRefusedAndStoresNothing() throws Exception {
        String id = reported();
        placeHold(id, "beheer", "Lopende rechtszaak").andExpect(status().isOk());
        long events = eventCount();

        mvc.perform(delete(holdPath(id)).with(as("beheer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reason")));
        mvc.perform(delete(holdPath(id)).param("reason", " ").with(as("beheer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reason")));
        mvc.perform(withReason(delete(holdPath(id)), "").with(as("beheer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reason")));

        assertThat(eventCount()).isEqualTo(events);
        erase(id, "beheer", "Verzoek betrokkene").andExpect(status().isConflict());
    }

    // ---------------------------------------------------------------- erasure

    @Test
    void erasureReplacesThePersonalDataAndKeepsTheRest() throws Exception {
        String id = reported();
        String reference = (String) JsonText.parse(mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andReturn().getResponse().getContentAsString()).get("reference");
        assertThat(keyOf(id).wrappedKeyPresent()).isTrue();
        assertThat(keyOf(id).destroyedAt()).isNull();

        erase(id, "beheer", "Verzoek van de betrokkene, art. 17 AVG")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidentId").value(id))
                .andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.erasedAt").value(notNullValue()))
                .andExpect(jsonPath("$.legalHold").value(false));

        mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personalDataErased").value(true))
                .andExpect(jsonPath("$.description").value(ERASED))
                .andExpect(jsonPath("$.location").value(ERASED))
                .andExpect(jsonPath("$.witnesses").value(ERASED))
                .andExpect(jsonPath("$.perpetrator.name").value(ERASED))
                .andExpect(jsonPath("$.channel").value("DURING_MEETING"))
                .andExpect(jsonPath("$.behaviours", containsInAnyOrder("THREAT", "INTIMIDATION")))
                .andExpect(jsonPath("$.occurredAt").value("2026-11-20T18:30:00Z"))
                .andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.official.name").value("Anna de Vries"));

        // The erasure itself stays in the history: who, in which role, and why, readable.
        List<Map<String, Object>> erasures = jdbc.queryForList("SELECT convert_from(meta_data, 'UTF8') AS meta, "
                + "convert_from(payload, 'UTF8') AS payload FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type = ?", id, ERASED_EVENT);
        assertThat(erasures).hasSize(1);
        assertThat((String) erasures.get(0).get("meta")).contains("\"actor\":\"beheer\"",
                "\"actorRole\":\"ADMINISTRATOR\"");
        assertThat((String) erasures.get(0).get("payload")).contains("Verzoek van de betrokkene, art. 17 AVG")
                .contains("\"automatic\":false");

        // The data key is destroyed, not the events.
        DataKey key = keyOf(id);
        assertThat(key.wrappedKeyPresent()).isFalse();
        assertThat(key.destroyedAt()).isNotNull();

        // Nowhere in the stored events is the reported text readable.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND (convert_from(payload, 'UTF8') LIKE '%J. Jansen%' "
                + "OR convert_from(payload, 'UTF8') LIKE '%publieke tribune%')", Long.class, id)).isZero();
    }

    @Test
    void erasingTwiceIsAConflict() throws Exception {
        String id = reported();
        erase(id, "beheer", "Verzoek betrokkene").andExpect(status().isOk());
        long events = eventCount();

        erase(id, "beheer", "Nogmaals").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        placeHold(id, "beheer", "Te laat").andExpect(status().isConflict());
        assertThat(eventCount()).isEqualTo(events);
    }

    // ---------------------------------------------------------------- legal hold

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aLegalHoldStopsErasureUntilLifted(boolean reasonInBody) throws Exception {
        String id = reported();
        placeHold(id, "beheer", "Lopende rechtszaak")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalHold").value(true));
        long events = eventCount();

        erase(id, "beheer", "Verzoek betrokkene").andExpect(status().isConflict());
        assertThat(eventCount()).isEqualTo(events);
        assertThat(keyOf(id).wrappedKeyPresent()).isTrue();

        MockHttpServletRequestBuilder lift = reasonInBody
                ? withReason(delete(holdPath(id)), "Rechtszaak afgerond")
                : delete(holdPath(id)).param("reason", "Rechtszaak afgerond");
        mvc.perform(lift.with(as("beheer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalHold").value(false));
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type = ?", String.class, id,
                "nl.weerbaar.incident.api.LegalHoldLifted")).contains("Rechtszaak afgerond");

        erase(id, "beheer", "Verzoek betrokkene")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.erasedAt").value(notNullValue()));
        mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andExpect(jsonPath("$.description").value(ERASED));
    }

    @Test
    void placingAHoldTwiceIsAConflict() throws Exception {
        String id = reported();
        placeHold(id, "beheer", "Lopende rechtszaak").andExpect(status().isOk());
        long events = eventCount();

        placeHold(id, "beheer", "Nog een rechtszaak").andExpect(status().isConflict());
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void liftingWithoutAHoldIsAConflict() throws Exception {
        String id = reported();
        long events = eventCount();

        mvc.perform(withReason(delete(holdPath(id)), "Rechtszaak afgerond").with(as("beheer")))
                .andExpect(status().isConflict());
        mvc.perform(delete(holdPath(id)).param("reason", "Rechtszaak afgerond").with(as("beheer")))
                .andExpect(status().isConflict());
        assertThat(eventCount()).isEqualTo(events);
    }

    // ---------------------------------------------------------------- closing and reopening

    @ParameterizedTest
    @CsvSource({"RESOLVED,CLOSED", "NO_FURTHER_ACTION,CLOSED", "WITHDRAWN_BY_OFFICIAL,WITHDRAWN"})
    void theCaseHandlerClosesAnIncident(String outcome, String expectedStatus) throws Exception {
        String id = reported();

        close(id, "griffier", outcome, "Besproken met de betrokkene; afgehandeld.")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidentId").value(id))
                .andExpect(jsonPath("$.status").value(expectedStatus))
                .andExpect(jsonPath("$.closingOutcome").value(outcome))
                .andExpect(jsonPath("$.closedAt").value(notNullValue()));

        mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andExpect(jsonPath("$.status").value(expectedStatus))
                .andExpect(jsonPath("$.closedAt").value(notNullValue()));
        assertThat(jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type = ?", String.class, id,
                "nl.weerbaar.incident.api.IncidentClosed"))
                .contains("\"actor\":\"griffier\"", "\"actorRole\":\"CLERK\"");
    }

    @Test
    void theMayorClosesAnyIncident() throws Exception {
        String id = reported();
        close(id, "burgemeester", "RESOLVED", "Afgehandeld").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void aCaseHandlerWhoIsNotTheHandlerDoesNotSeeTheIncident() throws Exception {
        String id = reported();
        long events = eventCount();

        close(id, "secretaris", "RESOLVED", "Afgehandeld").andExpect(status().isNotFound());
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void theOfficialDoesNotCloseTheirOwnIncident() throws Exception {
        String id = reported();
        long events = eventCount();

        close(id, "raadslid", "WITHDRAWN_BY_OFFICIAL", "Ik trek mijn melding in")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(eventCount()).isEqualTo(events);
        mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andExpect(jsonPath("$.status").value("REPORTED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"raad", "beheer", "raadslid2"})
    void thoseWhoDoNotSeeTheIncidentCannotCloseIt(String account) throws Exception {
        String id = reported();
        long events = eventCount();

        close(id, account, "RESOLVED", "Afgehandeld").andExpect(status().isNotFound());
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void closingTwiceIsAConflict() throws Exception {
        String id = reported();
        close(id, "griffier", "RESOLVED", "Afgehandeld").andExpect(status().isOk());
        long events = eventCount();

        close(id, "griffier", "NO_FURTHER_ACTION", "Nogmaals").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void closingWithoutOutcomeOrReasonIsRefusedNamingBoth() throws Exception {
        String id = reported();
        long events = eventCount();

        mvc.perform(post("/api/incidents/" + id + "/closure").with(as("griffier"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("outcome", "reason")))
                .andExpect(jsonPath("$.errors[*].code", containsInAnyOrder("required", "required")));
        close(id, "griffier", "RESOLVED", "   ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reason")));
        close(id, "griffier", "SOLVED", "Afgehandeld")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("outcome")));

        assertThat(eventCount()).isEqualTo(events);
        mvc.perform(get("/api/incidents/" + id).with(as("griffier")))
                .andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.closedAt").value(nullValue()));
    }

    @Test
    void aClosedIncidentIsReopenedToWhereItWas() throws Exception {
        String id = reported();
        close(id, "griffier", "WITHDRAWN_BY_OFFICIAL", "Op verzoek van het raadslid").andExpect(status().isOk());

        reopen(id, "griffier", "Het raadslid wil toch verder")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.closedAt").value(nullValue()))
                .andExpect(jsonPath("$.closingOutcome").value(nullValue()));
        mvc.perform(get("/api/incidents/" + id).with(as("raadslid")))
                .andExpect(jsonPath("$.status").value("REPORTED"));

        // and it can be closed again
        close(id, "griffier", "RESOLVED", "Nu echt afgehandeld").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void reopeningAnOpenIncidentIsAConflict() throws Exception {
        String id = reported();
        long events = eventCount();

        reopen(id, "griffier", "Waarom niet").andExpect(status().isConflict());
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void reopeningIsForTheCaseHandlerAndNeedsAReason() throws Exception {
        String id = reported();
        close(id, "griffier", "RESOLVED", "Afgehandeld").andExpect(status().isOk());
        long events = eventCount();

        reopen(id, "raadslid", "Ik wil verder").andExpect(status().isForbidden());
        reopen(id, "secretaris", "Ik wil verder").andExpect(status().isNotFound());
        mvc.perform(post("/api/incidents/" + id + "/reopening").with(as("griffier"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reason")));
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void anErasedIncidentIsNotReopened() throws Exception {
        String id = reported();
        close(id, "griffier", "RESOLVED", "Afgehandeld").andExpect(status().isOk());
        erase(id, "beheer", "Verzoek betrokkene").andExpect(status().isOk());
        long events = eventCount();

        reopen(id, "griffier", "Toch verder").andExpect(status().isConflict());
        assertThat(eventCount()).isEqualTo(events);
        mvc.perform(get("/api/incidents/" + id).with(as("griffier")))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.personalDataErased").value(true));
    }

    // ---------------------------------------------------------------- helpers

    private record DataKey(boolean wrappedKeyPresent, Timestamp destroyedAt) {
    }

    private DataKey keyOf(String incidentId) {
        return jdbc.queryForObject("SELECT wrapped_key IS NOT NULL AS present, destroyed_at FROM data_subject_key "
                        + "WHERE subject_id = ?",
                (rs, i) -> new DataKey(rs.getBoolean("present"), rs.getTimestamp("destroyed_at")), incidentId);
    }

    /** Anna (raadslid) reports an incident, routed to the clerk; answers its id. */
    private String reported() throws Exception {
        Map<String, Object> report = Reports.valid();
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(report)))
                .andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }

    private ResultActions erase(String id, String account, String reason) throws Exception {
        return mvc.perform(withReason(post("/api/incidents/" + id + "/erasure"), reason).with(as(account)));
    }

    private ResultActions placeHold(String id, String account, String reason) throws Exception {
        return mvc.perform(withReason(post(holdPath(id)), reason).with(as(account)));
    }

    private ResultActions close(String id, String account, String outcome, String reason) throws Exception {
        return mvc.perform(post("/api/incidents/" + id + "/closure").with(as(account))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("outcome", outcome, "reason", reason))));
    }

    private ResultActions reopen(String id, String account, String reason) throws Exception {
        return mvc.perform(post("/api/incidents/" + id + "/reopening").with(as(account))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", reason))));
    }

    private static String holdPath(String id) {
        return "/api/incidents/" + id + "/legal-hold";
    }

    /** A JSON body {@code {"reason": ...}}; without the field when the reason is null. */
    private static MockHttpServletRequestBuilder withReason(MockHttpServletRequestBuilder request, String reason) {
        return request.contentType(MediaType.APPLICATION_JSON)
                .content(reason == null ? "{}" : json(Map.of("reason", reason)));
    }
}
