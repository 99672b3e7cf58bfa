package nl.weerbaar.incident.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RetentionPolicyTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant CLOSED_AT = Instant.parse("2026-04-02T13:45:00Z");
    /** Five years after {@link #CLOSED_AT}, at the same time of day in Amsterdam. */
    private static final ZonedDateTime FIVE_YEARS_LATER = CLOSED_AT.atZone(AMSTERDAM).plusYears(5);

    private final RetentionPolicy fiveYears = new RetentionPolicy(Period.ofYears(5));

    // Configuration

    @Test
    void retentionIsFiveYearsWhenNotConfigured() {
        assertThat(bind(Map.of()).incident()).isEqualTo(Period.ofYears(5));
    }

    @Test
    void configuredRetentionIsUsed() {
        assertThat(bind(Map.of("weerbaar.retention.incident", "P7Y")).incident()).isEqualTo(Period.ofYears(7));
    }

    @Test
    void configuredRetentionShorterThanThreeYearsFailsTheStart() {
        assertThatThrownBy(() -> bind(Map.of("weerbaar.retention.incident", "P2Y")))
                .isInstanceOf(BindException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P2Y", "P2Y11M30D", "P35M", "P1095D", "P0D", "-P5Y"})
    void retentionShorterThanThreeYearsIsRefused(String period) {
        assertThatThrownBy(() -> new RetentionPolicy(Period.parse(period)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weerbaar.retention.incident");
    }

    @Test
    void missingRetentionIsRefused() {
        assertThatThrownBy(() -> new RetentionPolicy(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P3Y", "P36M", "P2Y12M"})
    void retentionOfExactlyThreeYearsIsAccepted(String period) {
        assertThat(new RetentionPolicy(Period.parse(period)).incident()).isEqualTo(Period.parse(period));
    }

    @Test
    void retentionLongerThanThreeYearsIsAccepted() {
        assertThat(new RetentionPolicy(Period.ofYears(10)).incident()).isEqualTo(Period.ofYears(10));
    }

    // Expiry

    @Test
    void incidentClosedExactlyTheRetentionPeriodAgoHasExpired() {
        assertThat(fiveYears.incidentExpired(CLOSED_AT, FIVE_YEARS_LATER)).isTrue();
    }

    @Test
    void incidentClosedOneSecondLessThanTheRetentionPeriodAgoHasNotExpired() {
        assertThat(fiveYears.incidentExpired(CLOSED_AT, FIVE_YEARS_LATER.minusSeconds(1))).isFalse();
    }

    @Test
    void incidentClosedLongerThanTheRetentionPeriodAgoHasExpired() {
        assertThat(fiveYears.incidentExpired(CLOSED_AT, FIVE_YEARS_LATER.plusDays(1))).isTrue();
    }

    @Test
    void incidentClosedJustNowHasNotExpired() {
        assertThat(fiveYears.incidentExpired(CLOSED_AT, CLOSED_AT.atZone(AMSTERDAM))).isFalse();
    }

    @Test
    void incidentsClosedBeforeIsNowMinusTheRetentionPeriod() {
        assertThat(fiveYears.incidentsClosedBefore(FIVE_YEARS_LATER)).isEqualTo(CLOSED_AT);
    }

    private static RetentionPolicy bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("weerbaar.retention", RetentionPolicy.class);
    }
}
