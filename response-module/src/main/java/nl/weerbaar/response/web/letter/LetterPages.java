package nl.weerbaar.response.web.letter;

import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.response.api.InterventionId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The letter's preview and PDF for the pages: the API routes need HTTP Basic, which a logged-in browser
 * does not send. Same generation and need-to-know as the API, so the two can never disagree.
 */
@Controller
class LetterPages {

    private final LetterApi letters;

    LetterPages(LetterApi letters) {
        this.letters = letters;
    }

    @GetMapping(value = "/interventions/{interventionId}/letter", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> preview(@PathVariable InterventionId interventionId, Caller caller) {
        return letters.preview(interventionId, caller);
    }

    @GetMapping(value = "/interventions/{interventionId}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable InterventionId interventionId, Caller caller) {
        return letters.pdf(interventionId, caller);
    }
}
