package nl.weerbaar.incident.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.PerpetratorDetails;
import nl.weerbaar.incident.api.ReportIncident;
import nl.weerbaar.incident.api.RuleViolation;

/**
 * The report form as the browser posts it: text only, so any input can be shown back to the user.
 * It carries its incident id from the first page on, which makes a double submit harmless.
 */
public class IncidentForm {

    private String incidentId = UUID.randomUUID().toString();
    private String officialId;
    private String occurredDate;
    private String occurredTime;
    private String location;
    private String channel;
    private List<String> behaviours = new ArrayList<>();
    private String description;
    private String perpetratorName;
    private String perpetratorHandle;
    private String perpetratorDescription;
    private String witnesses;

    /** The command this form asks for, plus what could not even be read (a malformed date, say). */
    record Parsed(ReportIncident command, List<RuleViolation> unreadable) {
    }

    Parsed parse(Caller caller, ZoneId zone) {
        List<RuleViolation> unreadable = new ArrayList<>();
        IncidentId id = parseIncidentId();
        OfficialId official = caller.role().isCaseHandler() ? parseOfficial(unreadable) : caller.officialId();
        java.time.Instant occurredAt = null;
        if (!isBlank(occurredDate) && !isBlank(occurredTime)) {
            try {
                occurredAt = LocalDate.parse(occurredDate.strip()).atTime(LocalTime.parse(occurredTime.strip()))
                        .atZone(zone).toInstant();
            } catch (DateTimeException malformed) {
                unreadable.add(new RuleViolation("occurredAt", RuleViolation.INVALID));
            }
        }
        Channel parsedChannel = parseEnum(Channel.class, channel, "channel", unreadable);
        Set<Behaviour> parsedBehaviours = EnumSet.noneOf(Behaviour.class);
        for (String behaviour : behaviours) {
            Behaviour parsed = parseEnum(Behaviour.class, behaviour, "behaviours", unreadable);
            if (parsed != null) {
                parsedBehaviours.add(parsed);
            }
        }
        ReportIncident command = new ReportIncident(id, official, caller.asReporter(), occurredAt, location,
                parsedChannel, parsedBehaviours, description,
                new PerpetratorDetails(perpetratorName, perpetratorHandle, perpetratorDescription), witnesses);
        return new Parsed(command, unreadable);
    }

    private IncidentId parseIncidentId() {
        try {
            return IncidentId.of(incidentId);
        } catch (RuntimeException tampered) {
            incidentId = UUID.randomUUID().toString();
            return IncidentId.of(incidentId);
        }
    }

    private OfficialId parseOfficial(List<RuleViolation> unreadable) {
        if (isBlank(officialId)) {
            return null;
        }
        try {
            return OfficialId.of(officialId.strip());
        } catch (IllegalArgumentException malformed) {
            unreadable.add(new RuleViolation("officialId", RuleViolation.UNKNOWN));
            return null;
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field,
            List<RuleViolation> unreadable) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            unreadable.add(new RuleViolation(field, RuleViolation.INVALID));
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getIncidentId() {
        return incidentId;
    }

    public void setIncidentId(String incidentId) {
        this.incidentId = incidentId;
    }

    public String getOfficialId() {
        return officialId;
    }

    public void setOfficialId(String officialId) {
        this.officialId = officialId;
    }

    public String getOccurredDate() {
        return occurredDate;
    }

    public void setOccurredDate(String occurredDate) {
        this.occurredDate = occurredDate;
    }

    public String getOccurredTime() {
        return occurredTime;
    }

    public void setOccurredTime(String occurredTime) {
        this.occurredTime = occurredTime;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public List<String> getBehaviours() {
        return behaviours;
    }

    public void setBehaviours(List<String> behaviours) {
        this.behaviours = behaviours == null ? new ArrayList<>() : behaviours;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPerpetratorName() {
        return perpetratorName;
    }

    public void setPerpetratorName(String perpetratorName) {
        this.perpetratorName = perpetratorName;
    }

    public String getPerpetratorHandle() {
        return perpetratorHandle;
    }

    public void setPerpetratorHandle(String perpetratorHandle) {
        this.perpetratorHandle = perpetratorHandle;
    }

    public String getPerpetratorDescription() {
        return perpetratorDescription;
    }

    public void setPerpetratorDescription(String perpetratorDescription) {
        this.perpetratorDescription = perpetratorDescription;
    }

    public String getWitnesses() {
        return witnesses;
    }

    public void setWitnesses(String witnesses) {
        this.witnesses = witnesses;
    }
}
