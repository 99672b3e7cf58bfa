package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** The generated corrective letter: PDF and preview with the three elements and the reference, need-to-know, sending. */
class LetterApiTest extends ApplicationTest {

    private static final String BEHAVIOUR = "U riep tijdens de raadsvergadering dat u weet waar het raadslid woont.";
    private static final String IMPACT = "Het raadslid voelt zich thuis niet meer veilig.";
    private static final String CONSEQUENCES = "Bij herhaling volgt een toegangsverbod voor het gemeentehuis.";
    private static final String RECIPIENT = "J. Jansen";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void thePdfStatesTheThreeElementsTheReferenceAndTheRecipientOnTheLetterhead() throws Exception {
        Map<String, Object> incident = reported();
        String letter = chosen((String) incident.get("incidentId"), letter());

        MvcResult pdf = mvc.perform(get("/api/interventions/" + letter + "/letter.pdf").with(as("griffier")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn();
        assertThat(pdf.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment").contains("corrigerende-brief-" + incident.get("reference") + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(BEHAVIOUR, IMPACT, CONSEQUENCES, RECIPIENT, "Dorpsstraat 1",
                    "Kenmerk: " + incident.get("reference"), "Gemeente Assen", "De burgemeester van Assen",
                    "Het gedrag", "De gevolgen", "Bij herhaling");
            assertThat(document.getDocumentInformation().getTitle()).contains((String) incident.get("reference"));
        }
    }

    @Test
    void thePreviewIsTheSameLetterInHtml() throws Exception {
        Map<String, Object> incident = reported();
        String letter = chosen((String) incident.get("incidentId"), letter());

        String html = mvc.perform(get("/api/interventions/" + letter + "/letter").with(as("burgemeester")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(BEHAVIOUR, IMPACT, CONSEQUENCES, RECIPIENT,
                "Kenmerk: " + incident.get("reference"), "Gemeente Assen")
                .doesNotContain("<link", "src=", "@import", "@font-face");
    }

    @Test
    void onlyCaseHandlersWhoMaySeeTheIncidentGetTheLetter() throws Exception {
        String incident = (String) reported().get("incidentId");
        String letter = chosen(incident, letter());
        String conversation = chosen(incident, stopConversation());

        for (String path : List.of("/letter", "/letter.pdf")) {
            letter(letter, path, "secretaris").andExpect(status().isNotFound());
            letter(letter, path, "raadslid2").andExpect(status().isNotFound());
            letter(letter, path, "raad").andExpect(status().isNotFound());
            letter(letter, path, "raadslid").andExpect(status().isForbidden());
            letter(conversation, path, "griffier").andExpect(status().isNotFound());
            letter("00000000-0000-4000-8000-000000000000", path, "griffier").andExpect(status().isNotFound());
        }
        sent(letter, "secretaris", TODAY).andExpect(status().isNotFound());
        sent(letter, "raadslid", TODAY).andExpect(status().isForbidden());
    }

    @Test
    void theDayOfSendingIsRecordedOnceAndShownWithTheResponses() throws Exception {
        String incident = (String) reported().get("incidentId");
        String letter = chosen(incident, letter());
        long before = eventCount();

        sent(letter, "griffier", TODAY.plusDays(1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sentOn"));
        sent(letter, "griffier", TODAY.minusDays(1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("beforeChoice"));
        assertThat(eventCount()).isEqualTo(before);

        sent(letter, "griffier", TODAY).andExpect(status().isOk())
                .andExpect(jsonPath("$.sentOn").value(TODAY.toString()));
        sent(letter, "griffier", TODAY).andExpect(status().isConflict());
        mvc.perform(get("/api/incidents/" + incident + "/responses").with(as("raadslid")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].sentOn").value(TODAY.toString()));

        String conversation = chosen(incident, stopConversation());
        sent(conversation, "griffier", TODAY).andExpect(status().isConflict());
    }

    // ---------------------------------------------------------------- helpers

    private ResultActions letter(String intervention, String path, String account) throws Exception {
        return mvc.perform(get("/api/interventions/" + intervention + path).with(as(account)));
    }

    private ResultActions sent(String intervention, String account, LocalDate sentOn) throws Exception {
        return post("/api/interventions/" + intervention + "/letter-sent", account, Map.of("sentOn", sentOn.toString()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> reported() throws Exception {
        Map<String, Object> report = Reports.valid();
        String answer = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(report)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readValue(answer, Map.class);
    }

    private String chosen(String incident, Map<String, Object> body) throws Exception {
        String answer = post("/api/incidents/" + incident + "/interventions", "griffier", body)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return (String) JsonMapper.builder().build().readValue(answer, Map.class).get("interventionId");
    }

    private ResultActions post(String path, String account, Map<String, ?> body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(as(account)).contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }

    private static Map<String, Object> letter() {
        Map<String, Object> body = decision("CORRECTIVE_LETTER");
        body.put("behaviour", BEHAVIOUR);
        body.put("impact", IMPACT);
        body.put("consequences", CONSEQUENCES);
        body.put("recipientName", RECIPIENT);
        body.put("recipientAddress", "Dorpsstraat 1\n9401 AA Assen");
        return body;
    }

    private static Map<String, Object> stopConversation() {
        Map<String, Object> body = decision("STOP_CONVERSATION");
        body.put("conductedBy", "MAYOR");
        body.put("plannedOn", TODAY.plusDays(7).toString());
        return body;
    }

    private static Map<String, Object> decision(String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("officialConsulted", true);
        body.put("officialView", "Anna wil een duidelijke brief.");
        body.put("rationale", "Gerichte intimidatie; een schriftelijk signaal past.");
        return body;
    }
}
