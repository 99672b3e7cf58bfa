package nl.weerbaar.response.api;

import nl.weerbaar.incident.api.ConflictException;

/**
 * A refusal of this module that a page shows: the message stays Dutch (the API answers with it), the
 * pages translate the reason ({@code response.conflict.<REASON>} in the bundles, the Dutch text the same).
 */
public class ResponseConflict extends ConflictException {

    public enum Reason {
        ONLY_BAN_LIFTED("Alleen een toegangsverbod kan worden opgeheven."),
        BAN_NOT_IN_FORCE("Dit toegangsverbod is niet van kracht."),
        ONLY_LETTER_SENT("Alleen van een corrigerende brief wordt de verzending vastgelegd."),
        LETTER_CANCELLED("Deze brief is geannuleerd."),
        LETTER_ALREADY_SENT("De verzending van deze brief is al vastgelegd."),
        ONLY_COMPLAINT_FILED("Alleen van een aangifte wordt vastgelegd wie die deed en wanneer."),
        COMPLAINT_CANCELLED("Deze aangifte is geannuleerd."),
        COMPLAINT_ALREADY_FILED("Het doen van deze aangifte is al vastgelegd."),
        ALREADY_COMPLETED("Deze interventie is al uitgevoerd."),
        ALREADY_CANCELLED("Deze interventie is geannuleerd."),
        SCAN_ALREADY_CARRIED_OUT("Deze veiligheidsscan is al uitgevoerd."),
        FOLLOW_UP_ALREADY_DONE("Deze vervolgactie is al gedaan."),
        THREAT_MEASURES_ALREADY_ENDED("Deze maatregelen zijn al beëindigd.");

        private final String dutch;

        Reason(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }

        /** The bundle key of the page's wording. */
        public String messageKey() {
            return "response.conflict." + name();
        }
    }

    private final transient Reason reason;

    public ResponseConflict(Reason reason) {
        super(reason.messageKey(), reason.dutch());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
