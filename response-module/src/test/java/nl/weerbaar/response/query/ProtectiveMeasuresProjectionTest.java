package nl.weerbaar.response.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.response.api.FollowUpActionDone;
import nl.weerbaar.response.api.MeetingKind;
import nl.weerbaar.response.api.MeetingRiskAnalysisId;
import nl.weerbaar.response.api.MeetingRiskAnalysisRecorded;
import nl.weerbaar.response.api.SafetyScanCarriedOut;
import nl.weerbaar.response.api.SafetyScanId;
import nl.weerbaar.response.api.SafetyScanRequested;
import nl.weerbaar.response.api.ThreatMeasureId;
import nl.weerbaar.response.api.ThreatMeasuresAgreed;
import nl.weerbaar.response.api.ThreatMeasuresEnded;
import nl.weerbaar.response.api.ThreatPartner;
import nl.weerbaar.testing.ModuleDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/** Safety scans, acute-threat measures (in force by the clock's day) and meeting risk analyses as read. */
@ExtendWith(ModuleDatabase.class)
class ProtectiveMeasuresProjectionTest {

    private static final Instant NOW = Instant.parse("2026-05-20T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final OfficialId ANNA = new OfficialId(UUID.fromString("e0000000-0000-4000-8000-000000000001"));
    private static final IncidentId INCIDENT = new IncidentId(UUID.fromString("a0000000-0000-4000-8000-000000000001"));

    private final ProtectiveMeasuresProjection projection;
    private final ProtectiveMeasures measures;

    ProtectiveMeasuresProjectionTest(JdbcTemplate jdbc) {
        this.projection = new ProtectiveMeasuresProjection(jdbc);
        this.measures = new ProtectiveMeasures(jdbc, Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam")));
    }

    @BeforeEach
    void empty() {
        projection.reset();
    }

    @Test
    void aScanIsRequestedThenCarriedOutWithItsActionsInOrder() {
        SafetyScanId scan = new SafetyScanId(UUID.fromString("d0000000-0000-4000-8000-000000000001"));
        SafetyScanRequested requested = new SafetyScanRequested(scan, ANNA, INCIDENT, TODAY.minusDays(3), Role.CLERK,
                NOW);
        projection.on(requested);
        projection.on(requested); // redelivered: stored once
        assertThat(measures.safetyScan(scan).orElseThrow().carriedOutOn()).isNull();

        SafetyScanCarriedOut carriedOut = new SafetyScanCarriedOut(scan, ANNA, TODAY, "Camera plaatsen.",
                List.of("Camera", "Route variëren, ook 's avonds"), NOW);
        projection.on(carriedOut);
        projection.on(carriedOut);
        FollowUpActionDone done = new FollowUpActionDone(scan, ANNA, 1, TODAY, NOW);
        projection.on(done);
        projection.on(done);

        assertThat(measures.safetyScans()).singleElement().satisfies(view -> {
            assertThat(view.officialId()).isEqualTo(ANNA);
            assertThat(view.incidentId()).isEqualTo(INCIDENT);
            assertThat(view.requestedOn()).isEqualTo(TODAY.minusDays(3));
            assertThat(view.carriedOutOn()).isEqualTo(TODAY);
            assertThat(view.adviceSummary()).isEqualTo("Camera plaatsen.");
            assertThat(view.followUpActions()).containsExactly(new FollowUpActionView("Camera", null),
                    new FollowUpActionView("Route variëren, ook 's avonds", TODAY));
        });
    }

    @Test
    void onlyMeasuresInForceTodayAreActive() {
        projection.on(agreed(1, TODAY.minusDays(5), TODAY));
        projection.on(agreed(2, TODAY.plusDays(1), TODAY.plusDays(9)));
        projection.on(agreed(3, TODAY.minusDays(9), TODAY.minusDays(1)));
        projection.on(agreed(4, TODAY, TODAY.plusDays(3)));
        projection.on(new ThreatMeasuresEnded(measure(4), ANNA, "Dreiging voorbij.", NOW));
        projection.on(agreed(1, TODAY.minusDays(5), TODAY)); // redelivered

        assertThat(measures.threatMeasures(true)).extracting(ThreatMeasureView::threatMeasureId)
                .containsExactly(measure(1).value());
        assertThat(measures.threatMeasures(false)).extracting(ThreatMeasureView::threatMeasureId)
                .containsExactly(measure(3).value(), measure(1).value(), measure(4).value(), measure(2).value());
        ThreatMeasureView ended = measures.threatMeasure(measure(4)).orElseThrow();
        assertThat(ended.active()).isFalse();
        assertThat(ended.endingReason()).isEqualTo("Dreiging voorbij.");
        assertThat(ended.agreedWith()).containsExactly(ThreatPartner.POLICE, ThreatPartner.PUBLIC_PROSECUTOR);
    }

    @Test
    void aMeetingAnalysisIsListedWithOrWithoutOfficials() {
        MeetingRiskAnalysisRecorded alone = analysis(1, TODAY.plusDays(5), List.of());
        projection.on(alone);
        projection.on(alone);
        projection.on(analysis(2, TODAY.plusDays(9), List.of(ANNA)));

        assertThat(measures.meetingRiskAnalyses()).extracting(MeetingRiskAnalysisView::officials)
                .containsExactly(List.of(ANNA), List.of());
        assertThat(measures.meetingRiskAnalyses().get(1).risksFound()).isEqualTo("Boze omwonenden.");
    }

    private static ThreatMeasuresAgreed agreed(int n, LocalDate from, LocalDate until) {
        return new ThreatMeasuresAgreed(measure(n), ANNA, "Surveillance.", from, until,
                List.of(ThreatPartner.POLICE, ThreatPartner.PUBLIC_PROSECUTOR), null, Role.CLERK, NOW);
    }

    private static ThreatMeasureId measure(int n) {
        return new ThreatMeasureId(UUID.fromString("f0000000-0000-4000-8000-00000000000" + n));
    }

    private static MeetingRiskAnalysisRecorded analysis(int n, LocalDate on, List<OfficialId> officials) {
        return new MeetingRiskAnalysisRecorded(
                new MeetingRiskAnalysisId(UUID.fromString("c1000000-0000-4000-8000-00000000000" + n)),
                MeetingKind.PUBLIC_PARTICIPATION, "Inspraakavond", on, "Boze omwonenden.", "Boa's aanwezig.",
                officials, Role.CLERK, NOW);
    }
}
