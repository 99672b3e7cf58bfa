package nl.weerbaar.incident.api;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A valid report, by default made by the official it concerns; a test changes only what it is about.
 * Its defaults are public so an expected event can be spelled out next to the command.
 */
public final class ReportIncidentBuilder {

    public static final IncidentId INCIDENT = new IncidentId(UUID.fromString("6f1c2d3e-0000-4000-8000-000000000001"));
    public static final Instant OCCURRED_AT = Instant.parse("2026-03-09T19:30:00Z");
    public static final String LOCATION = "Raadzaal, gemeentehuis";
    public static final Channel CHANNEL = Channel.DURING_MEETING;
    public static final Behaviour BEHAVIOUR = Behaviour.THREAT;
    public static final String DESCRIPTION = "Een bezoeker riep vanaf de tribune dat hij mij thuis zou opzoeken.";

    private IncidentId incidentId = INCIDENT;
    private OfficialId officialId;
    private Reporter reporter;
    private Instant occurredAt = OCCURRED_AT;
    private String location = LOCATION;
    private Channel channel = CHANNEL;
    private Set<Behaviour> behaviours = Set.of(BEHAVIOUR);
    private String description = DESCRIPTION;
    private PerpetratorDetails perpetrator;
    private String witnesses;

    private ReportIncidentBuilder(OfficialId officialId) {
        this.officialId = officialId;
        this.reporter = new Reporter(Role.OFFICIAL, officialId);
    }

    /** A report the official makes about an incident that happened to them. */
    public static ReportIncidentBuilder aReportBy(OfficialId official) {
        return new ReportIncidentBuilder(official);
    }

    public ReportIncidentBuilder incidentId(IncidentId value) {
        incidentId = value;
        return this;
    }

    public ReportIncidentBuilder officialId(OfficialId value) {
        officialId = value;
        return this;
    }

    public ReportIncidentBuilder reportedBy(Reporter value) {
        reporter = value;
        return this;
    }

    public ReportIncidentBuilder occurredAt(Instant value) {
        occurredAt = value;
        return this;
    }

    public ReportIncidentBuilder location(String value) {
        location = value;
        return this;
    }

    public ReportIncidentBuilder channel(Channel value) {
        channel = value;
        return this;
    }

    public ReportIncidentBuilder behaviours(Behaviour... values) {
        behaviours = Set.of(values);
        return this;
    }

    public ReportIncidentBuilder description(String value) {
        description = value;
        return this;
    }

    public ReportIncidentBuilder perpetrator(PerpetratorDetails value) {
        perpetrator = value;
        return this;
    }

    public ReportIncidentBuilder witnesses(String value) {
        witnesses = value;
        return this;
    }

    public ReportIncident build() {
        return new ReportIncident(incidentId, officialId, reporter, occurredAt, location, channel, behaviours,
                description, perpetrator, witnesses);
    }
}
