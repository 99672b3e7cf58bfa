package nl.weerbaar.app.report.calculation;

import static nl.weerbaar.aftercare.api.AftercareKind.COMPANY_DOCTOR;
import static nl.weerbaar.aftercare.api.AftercareKind.CONFIDANT;
import static nl.weerbaar.aftercare.api.AftercareKind.SECURITY_ADVICE;
import static nl.weerbaar.aftercare.api.AftercareKind.VICTIM_SUPPORT;
import static nl.weerbaar.communication.api.InternalAudience.COLLEGE;
import static nl.weerbaar.communication.api.InternalAudience.COUNCIL;
import static nl.weerbaar.communication.api.InternalAudience.ORGANISATION;
import static nl.weerbaar.communication.api.InternalAudience.PARTY_LEADERS;
import static nl.weerbaar.incident.api.Behaviour.DISINFORMATION;
import static nl.weerbaar.incident.api.Behaviour.INTIMIDATION;
import static nl.weerbaar.incident.api.Behaviour.OTHER;
import static nl.weerbaar.incident.api.Behaviour.PHYSICAL_VIOLENCE;
import static nl.weerbaar.incident.api.Behaviour.THREAT;
import static nl.weerbaar.incident.api.Behaviour.VERBAL_AGGRESSION;
import static nl.weerbaar.incident.api.OfficialKind.ALDERMAN;
import static nl.weerbaar.incident.api.OfficialKind.COUNCIL_MEMBER;
import static nl.weerbaar.incident.api.OfficialKind.MAYOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.weerbaar.aftercare.api.AftercareKind;
import nl.weerbaar.aftercare.api.CaseUpdateId;
import nl.weerbaar.communication.api.CommunicationDecisionId;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.Severity;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every figure against values computed by hand from one constructed history. The period is the first
 * quarter of 2026 (90 days), so the previous period is 3 October to 31 December 2025. Counts per kind of
 * official are [council members, aldermen, mayor].
 */
class ReportCalculatorTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    private final History history = new History();
    private IncidentId councilInJanuary;
    private IncidentId councilInMarch;
    private IncidentId alderman;
    private IncidentId mayor;

    @BeforeEach
    void constructHistory() {
        NormId n1 = history.norm("N1", "Geen bedreiging");
        NormId n2 = history.norm("N2", "Geen intimidatie");
        NormId n3 = history.norm("N3", "Geen geweld");
        history.normRevised(n3, "Geen fysiek geweld");

        IncidentId o1 = history.reported(COUNCIL_MEMBER, "2025-01-01T10:00:00Z", Channel.EMAIL, THREAT);
        IncidentId p1 = history.reported(COUNCIL_MEMBER, "2025-11-01T10:00:00Z", Channel.EMAIL, THREAT);
        IncidentId p2 = history.reported(COUNCIL_MEMBER, "2025-11-05T10:00:00Z", Channel.EMAIL, THREAT);
        IncidentId p3 = history.reported(COUNCIL_MEMBER, "2025-11-06T10:00:00Z", Channel.EMAIL, THREAT);
        history.discussed(p1, "2025-11-02T10:00:00Z", true);
        history.assessed(p1, 1, BehaviourType.FRUSTRATION, Severity.LOW, n1);
        InterventionId p1Ban = history.ban(p1, "2025-11-03T10:00:00Z", LocalDate.of(2025, 11, 4), LocalDate.of(2026, 1, 31));

        // 23:30 UTC on 31 December is 00:30 on 1 January in Assen: in the period.
        IncidentId b1 = history.reported(COUNCIL_MEMBER, "2025-12-31T23:30:00Z", Channel.LETTER, OTHER);
        IncidentId i1 = history.reported(COUNCIL_MEMBER, "2026-01-10T10:00:00Z", Channel.EMAIL, THREAT, INTIMIDATION);
        IncidentId i2 = history.reported(COUNCIL_MEMBER, "2026-01-20T10:00:00Z", Channel.EMAIL, THREAT);
        IncidentId i3 = history.reported(COUNCIL_MEMBER, "2026-02-01T10:00:00Z", Channel.PHONE, VERBAL_AGGRESSION);
        IncidentId i4 = history.reported(ALDERMAN, "2026-02-05T10:00:00Z", Channel.SOCIAL_MEDIA, DISINFORMATION);
        IncidentId i5 = history.reported(MAYOR, "2026-03-01T10:00:00Z", Channel.IN_PERSON, PHYSICAL_VIOLENCE);
        IncidentId i6 = history.reported(COUNCIL_MEMBER, "2026-03-10T10:00:00Z", Channel.EMAIL, THREAT);
        IncidentId i7 = history.reported(COUNCIL_MEMBER, "2026-03-11T10:00:00Z", Channel.EMAIL, THREAT);

        history.discussed(o1, "2026-01-05T10:00:00Z", true);   // 8,856 hours after its report
        history.discussed(i1, "2026-01-11T10:00:00Z", true);   // 24 h
        history.discussed(i1, "2026-01-12T10:00:00Z", false);  // a second discussion registers nothing
        history.discussed(i2, "2026-01-22T10:00:00Z", true);   // 48 h
        history.discussed(i3, "2026-02-01T16:00:00Z", true);   // 6 h
        history.discussed(i4, "2026-02-04T10:00:00Z", true);   // held before the report was entered: 0 h

        history.lifted(p1Ban, p1, "2026-01-10T09:00:00Z");
        history.noResponse(i1, "2026-01-11T12:00:00Z");                                   // first: 26 h
        history.chosen(i1, InterventionType.STOP_CONVERSATION, "2026-01-15T10:00:00Z");    // not the first
        history.chosen(i2, InterventionType.CORRECTIVE_LETTER, "2026-01-21T10:00:00Z");    // 24 h
        InterventionId i2Ban = history.ban(i2, "2026-01-25T10:00:00Z", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
        history.cancelled(i2Ban, i2, "2026-01-26T10:00:00Z");                             // never in force
        history.chosen(i3, InterventionType.POLICE_REPORT, "2026-02-02T10:00:00Z");        // 24 h
        InterventionId complaint = history.chosen(i4, InterventionType.CRIMINAL_COMPLAINT, "2026-02-06T10:00:00Z"); // 24 h
        history.complaintFiled(complaint, i4, LocalDate.of(2026, 2, 10));
        history.ban(i5, "2026-03-02T10:00:00Z", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 6, 30));       // 24 h
        history.chosen(i6, InterventionType.STOP_CONVERSATION, "2026-03-12T10:00:00Z");    // 48 h
        history.chosen(i7, InterventionType.STOP_CONVERSATION, "2026-03-12T10:00:00Z");    // 24 h

        history.assessed(i1, 1, BehaviourType.FRUSTRATION, Severity.LOW, n1);
        history.assessed(i1, 2, BehaviourType.INSTRUMENTAL, Severity.HIGH, n1, n2); // the revision counts
        history.assessed(i2, 1, BehaviourType.INSTRUMENTAL, Severity.MEDIUM, n2);
        history.assessed(i6, 1, BehaviourType.INSTRUMENTAL, Severity.HIGH, n2, n3);
        history.assessed(i7, 1, BehaviourType.INSTRUMENTAL, Severity.LOW, n2);
        history.assessed(i4, 1, BehaviourType.FRUSTRATION, Severity.LOW, n1);

        PerpetratorId x = history.profile();
        PerpetratorId y = history.profile();
        PerpetratorId z = history.profile();
        PerpetratorId v = history.profile();
        PerpetratorId w = history.profile();
        history.linked(x, i1);
        history.linked(x, i2);
        history.linked(x, i6);
        history.linked(y, p1);
        history.linked(y, i7);
        history.linked(z, i3);
        history.unlinked(z, i3);
        history.linked(w, i4);
        history.linked(v, i5);
        history.merged(w, v, i5);
        // b1, p2, p3 stay without assessment and profile.
        assertThat(List.of(b1, p2, p3)).hasSize(3);
        councilInJanuary = i1;
        councilInMarch = i7;
        alderman = i4;
        mayor = i5;

        // Aftercare, counted on the day it was arranged, under the kind asked for.
        history.aftercareArranged(history.aftercareRequested(i1, CONFIDANT, day("2026-01-12")), i1, day("2026-01-15"));
        history.aftercareArranged(history.aftercareRequested(i1, VICTIM_SUPPORT, day("2026-01-12")), i1,
                day("2026-02-01"));
        history.aftercareArranged(history.aftercareRequested(i5, CONFIDANT, day("2026-03-02")), i5, day("2026-03-05"));
        history.aftercareArranged(history.aftercareRequested(i6, AftercareKind.OTHER, day("2026-03-20")), i6,
                day("2026-03-31"));
        history.aftercareArranged(history.aftercareRequested(p1, COMPANY_DOCTOR, day("2025-11-03")), p1,
                day("2025-11-10"));
        history.aftercareRequested(i4, SECURITY_ADVICE, day("2026-02-06"));                    // not arranged
        history.aftercareArranged(history.aftercareRequested(o1, AftercareKind.OTHER, day("2025-01-02")), o1,
                day("2025-02-01"));                                                            // before both periods

        // Case updates, in the period of their date; due 5 working days later (no public holidays).
        CaseUpdateId u1 = history.caseUpdate(i4, day("2026-02-10"));                 // Tuesday: due Tuesday 17 Feb
        history.informed(u1, i4, "2026-02-17T15:00:00Z");                            // in time, on the last day
        CaseUpdateId u2 = history.caseUpdate(i1, day("2026-02-13"));                 // Friday: due Friday 20 Feb
        history.informed(u2, i1, "2026-02-23T10:00:00Z");                            // late
        history.caseUpdate(i2, day("2026-03-26"));                                   // due 2 April: still open on 1 April
        history.caseUpdate(i3, day("2026-03-20"));                                   // due 27 March, never passed on: late
        CaseUpdateId u7 = history.caseUpdate(i5, day("2026-03-09"));                 // Monday: due Monday 16 March
        history.informed(u7, i5, "2026-03-16T23:30:00Z");                            // 00:30 on the 17th in Assen: late
        CaseUpdateId u8 = history.caseUpdate(i7, day("2026-03-12"));
        history.informed(u8, i7, "2026-03-12T12:00:00Z");                            // in time
        CaseUpdateId u9 = history.caseUpdate(i6, day("2026-03-13"));                 // Friday: due Friday 20 March
        history.informed(u9, i6, "2026-03-20T09:00:00Z");                            // in time
        CaseUpdateId u5 = history.caseUpdate(p1, day("2025-12-18"));                 // Thursday: due Monday 29 Dec,
        history.informed(u5, p1, "2025-12-29T09:00:00Z");                            // Christmas not counted: in time
        CaseUpdateId u6 = history.caseUpdate(p2, day("2025-11-06"));
        history.informed(u6, p2, "2025-11-07T10:00:00Z");
        CaseUpdateId u12 = history.caseUpdate(p3, day("2025-11-10"));
        history.informed(u12, p3, "2025-11-14T10:00:00Z");
        CaseUpdateId u13 = history.caseUpdate(p3, day("2025-11-20"));                // Thursday: due Thursday 27 Nov
        history.informed(u13, p3, "2025-11-26T10:00:00Z");
        history.caseUpdate(o1, day("2025-09-01"));                                   // before both periods

        // Communication decisions, revisions included, on the day decided.
        CommunicationDecisionId d1 = history.communicationDecided(i1, null, "2026-01-13T10:00:00Z", false,
                PARTY_LEADERS, COUNCIL);
        history.communicationDecided(i1, d1, "2026-02-01T10:00:00Z", true, PARTY_LEADERS, COUNCIL, COLLEGE);
        history.communicationDecided(i5, null, "2026-03-03T10:00:00Z", true, COLLEGE, ORGANISATION);
        CommunicationDecisionId d4 = history.communicationDecided(p1, null, "2025-11-04T10:00:00Z", false,
                PARTY_LEADERS);
        history.communicationDecided(p1, d4, "2026-01-02T10:00:00Z", true);              // external only
        history.communicationDecided(b1, null, "2025-12-31T23:45:00Z", false, COUNCIL);  // 1 January in Assen
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    /** 02:00 on 1 April in Assen. */
    private static final Instant AS_OF = Instant.parse("2026-04-01T00:00:00Z");

    private ReportBuilder exact() {
        ReportCalculator calculator = new ReportCalculator(FROM, TO, AMSTERDAM, 5);
        history.events().forEach(calculator::on);
        return calculator.exact(AS_OF);
    }

    private PeriodReport report() {
        ReportCalculator calculator = new ReportCalculator(FROM, TO, AMSTERDAM, 5);
        history.events().forEach(calculator::on);
        return calculator.report(AS_OF);
    }

    private CountRow row(String figure, String line) {
        return exact().counts().stream().filter(table -> table.key().equals(figure)).findFirst().orElseThrow()
                .rows().stream().filter(row -> row.key().equals(line)).findFirst().orElseThrow();
    }

    private static long[] counts(long council, long aldermen, long mayor) {
        return new long[] {council, aldermen, mayor};
    }

    private void expect(String figure, String line, long[] current, long[] previous) {
        CountRow row = row(figure, line);
        assertThat(row.current()).as(figure + "/" + line + " this period").containsExactly(current);
        assertThat(row.previous()).as(figure + "/" + line + " previous period").containsExactly(previous);
    }

    private static final long[] NONE = {0, 0, 0};

    @Test
    void incidentsReportedAndRegisteredPerKindOfOfficial() {
        expect("incidents", "reported", counts(6, 1, 1), counts(3, 0, 0));
        expect("incidents", "registered", counts(4, 1, 0), counts(1, 0, 0));
    }

    @Test
    void channelsAndFormsOfBehaviour() {
        expect("channel", "EMAIL", counts(4, 0, 0), counts(3, 0, 0));
        expect("channel", "PHONE", counts(1, 0, 0), NONE);
        expect("channel", "LETTER", counts(1, 0, 0), NONE);
        expect("channel", "SOCIAL_MEDIA", counts(0, 1, 0), NONE);
        expect("channel", "IN_PERSON", counts(0, 0, 1), NONE);
        expect("channel", "AT_HOME", NONE, NONE);
        expect("behaviour", "THREAT", counts(4, 0, 0), counts(3, 0, 0));
        expect("behaviour", "INTIMIDATION", counts(1, 0, 0), NONE);
        expect("behaviour", "PHYSICAL_VIOLENCE", counts(0, 0, 1), NONE);
        expect("behaviour", "OTHER", counts(1, 0, 0), NONE);
    }

    @Test
    void assessmentsAsTheLatestOneStandsIncludingNotYetAssessed() {
        expect("behaviourType", "INSTRUMENTAL", counts(4, 0, 0), NONE);
        expect("behaviourType", "FRUSTRATION", counts(0, 1, 0), counts(1, 0, 0));
        expect("behaviourType", "NOT_ASSESSED", counts(2, 0, 1), counts(2, 0, 0));
        expect("severity", "HIGH", counts(2, 0, 0), NONE);
        expect("severity", "MEDIUM", counts(1, 0, 0), NONE);
        expect("severity", "LOW", counts(1, 1, 0), counts(1, 0, 0));
        expect("severity", "ACUTE", NONE, NONE);
        expect("severity", "NOT_ASSESSED", counts(2, 0, 1), counts(2, 0, 0));
    }

    @Test
    void normsCrossedByCodeWithTheirCurrentTitle() {
        expect("norms", "N1", counts(1, 1, 0), counts(1, 0, 0));
        expect("norms", "N2", counts(4, 0, 0), NONE);
        expect("norms", "N3", counts(1, 0, 0), NONE);
        assertThat(row("norms", "N3").label()).isEqualTo("N3 Geen fysiek geweld");
        assertThat(exact().counts().stream().filter(table -> table.key().equals("norms")).findFirst().orElseThrow()
                .rows()).extracting(CountRow::key).containsExactly("N1", "N2", "N3");
    }

    @Test
    void repeatsFollowLinksUnlinksAndMerges() {
        // x: i1, i2, i6 (i2 and i6 repeat); y: p1, i7 (i7 repeats); z: unlinked; w took over v: i4, i5 (i5 repeats)
        expect("repeats", "repeatIncidents", counts(3, 0, 1), NONE);
        // x and y under council members (their earliest incident in the period), w under aldermen; y before.
        expect("repeats", "repeatProfiles", counts(2, 1, 0), counts(1, 0, 0));
    }

    @Test
    void responsesByTypeAndNoResponseDecisions() {
        expect("responses", "STOP_CONVERSATION", counts(3, 0, 0), NONE);
        expect("responses", "CORRECTIVE_LETTER", counts(1, 0, 0), NONE);
        expect("responses", "POLICE_REPORT", counts(1, 0, 0), NONE);
        expect("responses", "CRIMINAL_COMPLAINT", counts(0, 1, 0), NONE);
        expect("responses", "ACCESS_BAN", counts(1, 0, 1), counts(1, 0, 0));
        expect("responses", "NO_RESPONSE", counts(1, 0, 0), NONE);
    }

    @Test
    void policeReportsAndCriminalComplaints() {
        expect("police", "policeReports", counts(1, 0, 0), NONE);
        expect("police", "criminalComplaints", counts(0, 1, 0), NONE);
        expect("police", "complaintsFiled", counts(0, 1, 0), NONE);
    }

    @Test
    void accessBansImposedAndInForce() {
        expect("accessBans", "imposed", counts(1, 0, 1), counts(1, 0, 0));
        // p1's ban (lifted 10 January) and i5's; i2's was cancelled before its first day.
        expect("accessBans", "active", counts(1, 0, 1), counts(1, 0, 0));
    }

    @Test
    void timesFromReportToRegistrationAndFirstResponse() {
        List<DurationRow> durations = exact().durations();
        // registrations: 0, 6, 24, 48, 8856 hours: median the 3rd, 90th percentile the 5th
        assertThat(durations.get(0).current()).isEqualTo(new DurationStatistics(5, 24 * 3600, 8856L * 3600));
        assertThat(durations.get(0).previous()).isEqualTo(new DurationStatistics(1, 24 * 3600, 24 * 3600));
        // first responses: 24, 24, 24, 24, 24, 26, 48 hours: median the 4th, 90th percentile the 7th
        assertThat(durations.get(1).current()).isEqualTo(new DurationStatistics(7, 24 * 3600, 48 * 3600));
        assertThat(durations.get(1).previous().count()).isEqualTo(1);
    }

    @Test
    void theReportShowsTheFiguresAnonymised() {
        PeriodReport report = report();
        FigureLine reported = line(report, "incidents", "reported");
        assertThat(texts(reported.current())).containsExactly("6", "< 3", "< 3", "≥ 8");
        assertThat(texts(reported.previous())).containsExactly("3", "0", "0", "3");
        assertThat(reported.change()).isEqualTo("–");
        FigureLine email = line(report, "channel", "EMAIL");
        assertThat(texts(email.current())).containsExactly("4", "0", "0", "4");
        assertThat(email.change()).isEqualTo("+1 (+33%)");
        assertThat(line(report, "channel", "AT_HOME").change()).isEqualTo("0");
        assertThat(line(report, "responses", "STOP_CONVERSATION").change()).isEqualTo("+3");
        assertThat(texts(line(report, "behaviourType", "NOT_ASSESSED").current()))
                .containsExactly("< 3", "0", "< 3", "≥ 2");
        assertThat(texts(line(report, "accessBans", "active").current())).containsExactly("< 3", "0", "< 3", "< 3");
        DurationLine registration = report.duration("reportToRegistration");
        assertThat(registration.currentCount().text()).isEqualTo("5");
        assertThat(registration.currentMedianHours()).isEqualTo(24.0);
        assertThat(registration.currentPercentile90Hours()).isEqualTo(8856.0);
        assertThat(registration.previousCount().text()).isEqualTo("< 3");
        assertThat(registration.previousMedianHours()).isNull();
        assertThat(registration.medianChange()).isNull();
        assertThat(report.previousFrom()).isEqualTo(LocalDate.of(2025, 10, 3));
        assertThat(report.previousTo()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void theChecksumIsTheSameForTheSameHistoryAndChangesWithAFigure() {
        String checksum = report().checksum();
        assertThat(report().checksum()).isEqualTo(checksum).hasSize(64);
        history.reported(COUNCIL_MEMBER, "2026-03-30T10:00:00Z", Channel.EMAIL, THREAT);
        assertThat(report().checksum()).isNotEqualTo(checksum);
    }

    @Test
    void aftercareArrangedByTheKindAskedFor() {
        expect("aftercare", "arranged", counts(3, 0, 1), counts(1, 0, 0));
        expect("aftercare", "CONFIDANT", counts(1, 0, 1), NONE);
        expect("aftercare", "VICTIM_SUPPORT", counts(1, 0, 0), NONE);
        expect("aftercare", "OTHER", counts(1, 0, 0), NONE);
        expect("aftercare", "COMPANY_DOCTOR", NONE, counts(1, 0, 0));
        expect("aftercare", "SECURITY_ADVICE", NONE, NONE);
    }

    @Test
    void caseUpdatesPassedOnInTimeCountInThePeriodOfTheirDate() {
        expect("caseUpdates", "recorded", counts(5, 1, 1), counts(4, 0, 0));
        expect("caseUpdates", "inTime", counts(2, 1, 0), counts(4, 0, 0));
        expect("caseUpdates", "late", counts(2, 0, 1), NONE);
        expect("caseUpdates", "open", counts(1, 0, 0), NONE);
    }

    @Test
    void thePercentageInTimeIsShownOnlyOverExactTotals() {
        PeriodReport report = report();
        // This period in time [2, 1, 0] is shown as "≥ 2", so its percentage would give the hidden counts away.
        FigureLine percentage = line(report, "caseUpdates", "inTimePercentage");
        assertThat(texts(percentage.current())).containsExactly("–", "–", "–", "–");
        assertThat(texts(percentage.previous())).containsExactly("–", "–", "–", "100%");
        assertThat(percentage.change()).isEqualTo("–");
        assertThat(report.figure("caseUpdates").lines()).extracting(FigureLine::key)
                .containsExactly("recorded", "inTime", "late", "open", "inTimePercentage");

        // Three more in time for aldermen and one for council members, three more late (mayor, council):
        // in time [3, 3, 0] = 6, late [3, 0, 3] = 6: 50%, 50 points less than 100%.
        history.informed(history.caseUpdate(alderman, day("2026-02-16")), alderman, "2026-02-16T12:00:00Z");
        history.informed(history.caseUpdate(alderman, day("2026-02-17")), alderman, "2026-02-17T12:00:00Z");
        history.informed(history.caseUpdate(councilInMarch, day("2026-03-16")), councilInMarch, "2026-03-16T12:00:00Z");
        history.caseUpdate(mayor, day("2026-03-02"));           // due 9 March, never passed on
        history.caseUpdate(mayor, day("2026-03-03"));           // due 10 March, never passed on
        history.caseUpdate(councilInJanuary, day("2026-01-20")); // due 27 January, never passed on

        FigureLine shown = line(report(), "caseUpdates", "inTimePercentage");
        assertThat(texts(shown.current())).containsExactly("–", "–", "–", "50%");
        assertThat(shown.change()).isEqualTo("-50 procentpunt");
        assertThat(texts(line(report(), "caseUpdates", "inTime").current())).containsExactly("3", "3", "0", "6");
    }

    @Test
    void theDeadlineIsTheSettingInWorkingDays() {
        // With 10 working days u2 (due 27 February) and u4 (due 3 April) are in time and open, u7 (due 23 March) in time.
        ReportCalculator calculator = new ReportCalculator(FROM, TO, AMSTERDAM, 10);
        history.events().forEach(calculator::on);
        CountTable table = calculator.exact(AS_OF).counts().stream()
                .filter(candidate -> candidate.key().equals("caseUpdates")).findFirst().orElseThrow();
        assertThat(table.rows()).filteredOn(row -> row.key().equals("inTime")).singleElement()
                .satisfies(row -> assertThat(row.current()).containsExactly(3, 1, 1));
        assertThat(table.rows()).filteredOn(row -> row.key().equals("late")).singleElement()
                .satisfies(row -> assertThat(row.current()).containsExactly(0, 0, 0));
        assertThat(table.rows()).filteredOn(row -> row.key().equals("open")).singleElement()
                .satisfies(row -> assertThat(row.current()).containsExactly(2, 0, 0));
    }

    @Test
    void communicationDecisionsByAudienceRevisionsIncluded() {
        expect("communication", "decisions", counts(4, 0, 1), counts(1, 0, 0));
        expect("communication", "PARTY_LEADERS", counts(2, 0, 0), counts(1, 0, 0));
        expect("communication", "COUNCIL", counts(3, 0, 0), NONE);
        expect("communication", "COLLEGE", counts(1, 0, 1), NONE);
        expect("communication", "ORGANISATION", counts(0, 0, 1), NONE);
        expect("communication", "EXTERNAL", counts(2, 0, 1), NONE);
    }

    @Test
    void theReportHoldsEveryFigureInOrder() {
        assertThat(report().figures()).extracting(FigureTable::key).containsExactly("incidents", "channel",
                "behaviour", "behaviourType", "severity", "norms", "repeats", "responses", "police", "accessBans",
                "aftercare", "caseUpdates", "communication");
        PeriodReport report = report();
        assertThat(texts(line(report, "aftercare", "arranged").current())).containsExactly("3", "0", "< 3", "≥ 4");
        assertThat(line(report, "aftercare", "arranged").change()).isEqualTo("–");
        assertThat(texts(line(report, "communication", "COUNCIL").current())).containsExactly("3", "0", "0", "3");
        assertThat(line(report, "communication", "COUNCIL").change()).isEqualTo("+3");
    }

    private static FigureLine line(PeriodReport report, String figure, String key) {
        return report.figure(figure).lines().stream().filter(line -> line.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }
}
