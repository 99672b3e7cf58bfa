package nl.weerbaar.testing;

import java.util.List;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link RuleViolationException} that names exactly the given broken rule. */
public final class RuleViolations {

    private RuleViolations() {
    }

    public static Matcher<RuleViolationException> violates(String field, String code) {
        return violatesAll(List.of(new RuleViolation(field, code)));
    }

    /** Matches a refusal naming exactly these broken rules, in this order. */
    public static Matcher<RuleViolationException> violatesAll(List<RuleViolation> expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException refusal) {
                return refusal.violations().equals(expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RuleViolationException with violations ").appendValue(expected);
            }

            @Override
            protected void describeMismatchSafely(RuleViolationException refusal, Description description) {
                description.appendText("had ").appendValue(refusal.violations());
            }
        };
    }
}
