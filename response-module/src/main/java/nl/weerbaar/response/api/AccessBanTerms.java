package nl.weerbaar.response.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;

/**
 * An access ban: where, from and until which day (both inclusive), and on what legal basis.
 *
 * @param area the area, described; required for {@link BanScope#AREA}
 */
public record AccessBanTerms(BanScope scope, String area, LocalDate from, LocalDate until, String legalBasis) {

    public static final String BEFORE_START = "beforeStart";

    public void check(List<RuleViolation> violations) {
        if (scope == null) {
            violations.add(new RuleViolation("scope", RuleViolation.REQUIRED));
        }
        if (scope == BanScope.AREA) {
            Texts.require(violations, "area", area, ResponseTexts.MAX_TEXT);
        } else {
            Texts.limit(violations, "area", area, ResponseTexts.MAX_TEXT);
        }
        if (from == null) {
            violations.add(new RuleViolation("from", RuleViolation.REQUIRED));
        }
        if (until == null) {
            violations.add(new RuleViolation("until", RuleViolation.REQUIRED));
        } else if (from != null && until.isBefore(from)) {
            violations.add(new RuleViolation("until", BEFORE_START));
        }
        Texts.require(violations, "legalBasis", legalBasis, ResponseTexts.MAX_TEXT);
    }

    /** A town-hall ban keeps no area text: it would only confuse who reads the ban. */
    public AccessBanTerms normalized() {
        return new AccessBanTerms(scope, scope == BanScope.AREA ? Texts.normalize(area) : null, from, until,
                Texts.normalize(legalBasis));
    }

    /** In force on this day, unless lifted or cancelled. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }

    /** The moment the ban ends by itself: the start of the day after its last day, in the given zone. */
    public Instant endsAt(ZoneId zone) {
        return until.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
