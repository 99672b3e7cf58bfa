package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.app.demo.DemoNorms;
import nl.weerbaar.incident.api.NormAdopted;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.query.NormsProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The norms framework through the API: read by case handlers, maintained by the administrator. */
class NormApiTest extends ApplicationTest {

    private static final String DESCRIPTION = "Iemand zegt een bestuurder op te wachten na de vergadering.";
    private static final String REWORDED = "Iemand wacht een bestuurder op, of zegt dat te zullen doen.";

    @Autowired
    private ProjectionSync projections;

    /** The demo norms are adopted at start-up; their projection may lag a moment behind. */
    @BeforeEach
    void awaitTheDemoNorms() {
        assertThat(projections.awaitCaughtUp(NormsProjection.NAME)).isTrue();
    }

    // ---------------------------------------------------------------- the demo framework

    @Test
    void theDemoProfileSeedsEightNormsAgreedOnFourteenOctober2025() throws Exception {
        List<String> demoIds = DemoNorms.NORMS.stream().map(norm -> norm.normId().toString()).toList();
        assertThat(demoIds).hasSize(8).doesNotHaveDuplicates();

        mvc.perform(get("/api/norms").with(as("griffier")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].normId", hasItems(demoIds.toArray(String[]::new))))
                .andExpect(jsonPath("$[*].code", hasItems("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8")));
        mvc.perform(get("/api/norms/" + DemoNorms.id("N4")).with(as("griffier")))
                .andExpect(jsonPath("$.title").value("Doxing (persoonsgegevens verspreiden)"))
                .andExpect(jsonPath("$.validFrom").value("2025-10-14"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.retired").value(false));
        for (String normId : demoIds) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                    + "AND payload_type = ?", Integer.class, normId, NormAdopted.class.getName()))
                    .as("adoptions of demo norm %s", normId).isEqualTo(1);
        }
    }

    // ---------------------------------------------------------------- adopting

    @Test
    void administratorAdoptsANormThatCaseHandlersThenRead() throws Exception {
        String normId = adopted("N-A1", "Opwachten");

        mvc.perform(get("/api/norms/" + normId).with(as("burgemeester")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.normId").value(normId))
                .andExpect(jsonPath("$.code").value("N-A1"))
                .andExpect(jsonPath("$.title").value("Opwachten"))
                .andExpect(jsonPath("$.description").value(DESCRIPTION))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.validFrom").value("2025-10-14"))
                .andExpect(jsonPath("$.retired").value(false))
                .andExpect(jsonPath("$.versions.length()").value(1));
        mvc.perform(get("/api/norms").with(as("secretaris")))
                .andExpect(jsonPath("$[*].normId", hasItem(normId)));
    }

    @Test
    void adoptionAnswersWithTheNewNormsIdAndLocation() throws Exception {
        adopt(adoption("N-A2", "Opwachten"), "beheer")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/norms/")))
                .andExpect(jsonPath("$.normId").exists());
    }

    @Test
    void adoptedTextsAreStoredWithoutSurroundingBlanks() throws Exception {
        Map<String, Object> adoption = adoption(" N-A3 ", "  Opwachten\n");
        String normId = id(adopt(adoption, "beheer").andExpect(status().isCreated()));

        mvc.perform(get("/api/norms/" + normId).with(as("beheer")))
                .andExpect(jsonPath("$.code").value("N-A3"))
                .andExpect(jsonPath("$.title").value("Opwachten"));
    }

    @Test
    void badAdoptionIsRefusedNamingEveryFieldAndStoresNothing() throws Exception {
        long events = eventCount();
        Map<String, Object> adoption = adoption(" ", null);
        adoption.put("description", "x".repeat(5_001));
        adoption.remove("adoptedOn");

        adopt(adoption, "beheer")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("code", "title", "description",
                        "adoptedOn")))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("Vul de code van de norm in"))
                .andExpect(jsonPath("$.errors[?(@.field == 'description')].code").value("tooLong"))
                // The norm's own sentence, not the incident's, though both have a description.
                .andExpect(jsonPath("$.errors[?(@.field == 'description')].message")
                        .value("De omschrijving mag hoogstens 5.000 tekens lang zijn"));
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aNormCannotBeAdoptedInTheFuture() throws Exception {
        long events = eventCount();
        adopt(adoption("N-A4", "Opwachten", LocalDate.now(clock).plusDays(1)), "beheer")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("adoptedOn"))
                .andExpect(jsonPath("$.errors[0].code").value("inFuture"));
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void anUnreadableDateIsNamed() throws Exception {
        Map<String, Object> adoption = adoption("N-A5", "Opwachten");
        adoption.put("adoptedOn", "gisteren");

        adopt(adoption, "beheer")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("adoptedOn"));
    }

    // ---------------------------------------------------------------- revising

    @Test
    void aRevisionIsANewVersionAndTheOldWordingStays() throws Exception {
        String normId = adopted("N-R1", "Opwachten");

        revise(normId, "beheer", Map.of("title", "Opwachten of volgen", "description", REWORDED,
                "revisedOn", "2026-03-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.code").value("N-R1"))
                .andExpect(jsonPath("$.title").value("Opwachten of volgen"))
                .andExpect(jsonPath("$.description").value(REWORDED))
                .andExpect(jsonPath("$.validFrom").value("2026-03-01"))
                .andExpect(jsonPath("$.versions[0].version").value(1))
                .andExpect(jsonPath("$.versions[0].title").value("Opwachten"))
                .andExpect(jsonPath("$.versions[0].description").value(DESCRIPTION))
                .andExpect(jsonPath("$.versions[0].validFrom").value("2025-10-14"))
                .andExpect(jsonPath("$.versions[1].version").value(2));
    }

    @Test
    void aRevisionBeforeTheCurrentVersionOrWithoutTextIsRefusedAndStoresNothing() throws Exception {
        String normId = adopted("N-R2", "Opwachten");
        long events = eventCount();

        revise(normId, "beheer", Map.of("title", "Opwachten", "description", REWORDED, "revisedOn", "2025-10-13"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("revisedOn"))
                .andExpect(jsonPath("$.errors[0].code").value("tooEarly"))
                .andExpect(jsonPath("$.errors[0].message").value("De nieuwe versie kan niet ingaan voor de huidige versie"));
        revise(normId, "beheer", Map.of("title", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "description", "revisedOn")));
        assertThat(eventCount()).isEqualTo(events);
    }

    // ---------------------------------------------------------------- retiring

    @Test
    void aRetiredNormStaysListedAsRetiredAndCannotChangeAnyMore() throws Exception {
        String normId = adopted("N-T1", "Opwachten");

        retire(normId, "beheer", "2026-06-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retired").value(true))
                .andExpect(jsonPath("$.retiredOn").value("2026-06-01"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/norms").with(as("griffier")))
                .andExpect(jsonPath("$[?(@.normId == '" + normId + "')].retired").value(true));

        long events = eventCount();
        retire(normId, "beheer", "2026-07-01")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        revise(normId, "beheer", Map.of("title", "Opwachten", "description", REWORDED, "revisedOn", "2026-07-01"))
                .andExpect(status().isConflict());
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aRetirementBeforeTheCurrentVersionOrWithoutDateIsRefused() throws Exception {
        String normId = adopted("N-T2", "Opwachten");

        retire(normId, "beheer", "2025-10-13")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("retiredOn"))
                .andExpect(jsonPath("$.errors[0].code").value("tooEarly"));
        mvc.perform(post("/api/norms/" + normId + "/retirement").with(as("beheer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("retiredOn"))
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        mvc.perform(get("/api/norms/" + normId).with(as("beheer"))).andExpect(jsonPath("$.retired").value(false));
    }

    // ---------------------------------------------------------------- who may do what

    @ParameterizedTest
    @CsvSource({"griffier,200", "secretaris,200", "burgemeester,200", "beheer,200", "raadslid,403", "wethouder,403",
            "raad,403"})
    void caseHandlersAndTheAdministratorReadTheFramework(String account, int expected) throws Exception {
        mvc.perform(get("/api/norms").with(as(account))).andExpect(status().is(expected));
        mvc.perform(get("/api/norms/" + DemoNorms.id("N1")).with(as(account))).andExpect(status().is(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"griffier", "secretaris", "burgemeester", "raadslid", "raad"})
    void onlyTheAdministratorAdoptsRevisesOrRetires(String account) throws Exception {
        String normId = adopted("N-W1", "Opwachten");
        long events = eventCount();

        adopt(adoption("N-W2", "Opwachten"), account)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        revise(normId, account, Map.of("title", "Anders", "description", REWORDED, "revisedOn", "2026-03-01"))
                .andExpect(status().isForbidden());
        retire(normId, account, "2026-06-01").andExpect(status().isForbidden());

        assertThat(eventCount()).isEqualTo(events);
        mvc.perform(get("/api/norms").with(as("beheer"))).andExpect(jsonPath("$[*].code", not(hasItem("N-W2"))));
    }

    @Test
    void anUnknownNormIsNotFound() throws Exception {
        String unknown = UUID.randomUUID().toString();
        long events = eventCount();

        mvc.perform(get("/api/norms/" + unknown).with(as("griffier"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/norms/not-a-norm").with(as("griffier"))).andExpect(status().isNotFound());
        revise(unknown, "beheer", Map.of("title", "Anders", "description", REWORDED, "revisedOn", "2026-03-01"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        retire(unknown, "beheer", "2026-06-01").andExpect(status().isNotFound());
        assertThat(eventCount()).isEqualTo(events);
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> adoption(String code, String title) {
        return adoption(code, title, DemoNorms.AGREED_ON);
    }

    private static Map<String, Object> adoption(String code, String title, LocalDate adoptedOn) {
        Map<String, Object> adoption = new LinkedHashMap<>();
        adoption.put("code", code);
        adoption.put("title", title);
        adoption.put("description", DESCRIPTION);
        adoption.put("adoptedOn", adoptedOn.toString());
        return adoption;
    }

    private ResultActions adopt(Map<String, Object> adoption, String account) throws Exception {
        return mvc.perform(post("/api/norms").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content(json(adoption)));
    }

    private String adopted(String code, String title) throws Exception {
        return id(adopt(adoption(code, title), "beheer").andExpect(status().isCreated()));
    }

    private static String id(ResultActions created) throws Exception {
        return (String) JsonText.parse(created.andReturn().getResponse().getContentAsString()).get("normId");
    }

    private ResultActions revise(String normId, String account, Map<String, ?> revision) throws Exception {
        return mvc.perform(post("/api/norms/" + normId + "/revisions").with(as(account))
                .contentType(MediaType.APPLICATION_JSON).content(json(revision)));
    }

    private ResultActions retire(String normId, String account, String retiredOn) throws Exception {
        return mvc.perform(post("/api/norms/" + normId + "/retirement").with(as(account))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("retiredOn", retiredOn))));
    }
}
