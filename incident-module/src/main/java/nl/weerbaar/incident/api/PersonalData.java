package nl.weerbaar.incident.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that holds personal data. In the event store it is kept encrypted with the key of
 * its data subject, named by {@link #subject()}: the field of the same record (or aggregate) holding
 * the subject's id, e.g. the incident for what happened to an official. When the subject's key is
 * destroyed (erasure), every later read yields {@link #ERASED} instead.
 *
 * <p>The value may be text or a record (its text components are all replaced on erasure).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface PersonalData {

    /** What an erased text reads as, everywhere: aggregates, projections, replays, reports. */
    String ERASED = "[gewist]";

    /** Name of the sibling field holding the data subject's id. */
    String subject();
}
