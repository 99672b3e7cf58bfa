package nl.weerbaar.incident.command;

import static nl.weerbaar.incident.command.PerpetratorLinkingTest.created;
import static nl.weerbaar.incident.command.PerpetratorLinkingTest.profile;
import static nl.weerbaar.incident.command.TwoSidedFixture.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.ErasePerpetratorPersonalData;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.PerpetratorPersonalDataErased;
import nl.weerbaar.incident.api.PerpetratorProfileMergedInto;
import nl.weerbaar.incident.api.PerpetratorProfilesMerged;
import nl.weerbaar.incident.api.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Erasing what a profile says about the person, and what the profiles merged into it say. */
class PerpetratorErasureTest {

    private static final Instant EARLIER = Instant.parse("2026-03-10T09:15:00Z");
    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final PerpetratorId PROFILE = profile(1);
    private static final PerpetratorId MERGED = profile(2);
    private static final PerpetratorId MERGED_EARLIER = profile(3);
    private static final String REASON = "Verzoek van betrokkene, zaak 2026-17.";

    private TwoSidedFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new TwoSidedFixture(Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam")));
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void theProfilesPersonalDataIsErasedWithTheReason() {
        fixture.given(Perpetrator.class, PROFILE, created(PROFILE));

        assertThat(fixture.when(new ErasePerpetratorPersonalData(PROFILE, " " + REASON + " "))).isNull();

        assertThat(fixture.newEvents(PROFILE)).containsExactly(new PerpetratorPersonalDataErased(PROFILE, REASON, NOW));
    }

    @Test
    void anErasedProfileIsNotErasedTwice() {
        fixture.given(Perpetrator.class, PROFILE, created(PROFILE),
                new PerpetratorPersonalDataErased(PROFILE, REASON, EARLIER));

        assertThat(fixture.when(new ErasePerpetratorPersonalData(PROFILE, REASON)))
                .isInstanceOf(ConflictException.class);
        assertThat(fixture.newEvents(PROFILE)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void anErasureNeedsAReason(String reason) {
        fixture.given(Perpetrator.class, PROFILE, created(PROFILE));

        assertViolates(fixture.when(new ErasePerpetratorPersonalData(PROFILE, reason)), "reason",
                RuleViolation.REQUIRED);
        assertThat(fixture.newEvents(PROFILE)).isEmpty();
    }

    @Test
    void anUnknownProfileIsRefused() {
        assertViolates(fixture.when(new ErasePerpetratorPersonalData(PROFILE, REASON)), "perpetratorId",
                RuleViolation.UNKNOWN);
    }

    /** They were found to be the same person: erasing the person erases every name they were known by. */
    @Test
    void erasingAProfileErasesTheProfilesMergedIntoItToo() {
        fixture.given(Perpetrator.class, PROFILE, created(PROFILE),
                        new PerpetratorProfilesMerged(PROFILE, MERGED, List.of(), EARLIER))
                .given(Perpetrator.class, MERGED, created(MERGED),
                        new PerpetratorProfilesMerged(MERGED, MERGED_EARLIER, List.of(), EARLIER),
                        new PerpetratorProfileMergedInto(MERGED, PROFILE, EARLIER))
                .given(Perpetrator.class, MERGED_EARLIER, created(MERGED_EARLIER),
                        new PerpetratorProfileMergedInto(MERGED_EARLIER, MERGED, EARLIER));

        assertThat(fixture.when(new ErasePerpetratorPersonalData(PROFILE, REASON))).isNull();

        assertThat(fixture.newEvents(PROFILE)).containsExactly(new PerpetratorPersonalDataErased(PROFILE, REASON, NOW));
        assertThat(fixture.newEvents(MERGED)).containsExactly(new PerpetratorPersonalDataErased(MERGED, REASON, NOW));
        assertThat(fixture.newEvents(MERGED_EARLIER))
                .containsExactly(new PerpetratorPersonalDataErased(MERGED_EARLIER, REASON, NOW));
    }

    @Test
    void aMergedProfileErasedBeforeIsLeftAsItIs() {
        fixture.given(Perpetrator.class, PROFILE, created(PROFILE),
                        new PerpetratorProfilesMerged(PROFILE, MERGED, List.of(), EARLIER))
                .given(Perpetrator.class, MERGED, created(MERGED),
                        new PerpetratorProfileMergedInto(MERGED, PROFILE, EARLIER),
                        new PerpetratorPersonalDataErased(MERGED, "Eerder verzoek", EARLIER));

        assertThat(fixture.when(new ErasePerpetratorPersonalData(PROFILE, REASON))).isNull();

        assertThat(fixture.newEvents(PROFILE)).hasSize(1);
        assertThat(fixture.newEvents(MERGED)).isEmpty();
    }

    @Test
    void erasingAMergedProfileLeavesTheProfileItWasMergedInto() {
        fixture.given(Perpetrator.class, PROFILE, created(PROFILE),
                        new PerpetratorProfilesMerged(PROFILE, MERGED, List.of(), EARLIER))
                .given(Perpetrator.class, MERGED, created(MERGED),
                        new PerpetratorProfileMergedInto(MERGED, PROFILE, EARLIER));

        assertThat(fixture.when(new ErasePerpetratorPersonalData(MERGED, REASON))).isNull();

        assertThat(fixture.newEvents(MERGED)).containsExactly(new PerpetratorPersonalDataErased(MERGED, REASON, NOW));
        assertThat(fixture.newEvents(PROFILE)).isEmpty();
    }
}
