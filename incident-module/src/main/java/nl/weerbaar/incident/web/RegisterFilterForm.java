package nl.weerbaar.incident.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.query.IncidentFilter;

/** The register page's filter form (a GET form, so a filtered register can be bookmarked). */
public class RegisterFilterForm {

    private String status;
    private String from;
    private String to;
    private String officialKind;
    private String behaviour;
    private String channel;
    private String repeat;

    IncidentFilter toFilter() {
        return new IncidentFilter(FormValues.oneOf(IncidentStatus.class, status), date(from), date(to),
                FormValues.oneOf(OfficialKind.class, officialKind), FormValues.oneOf(Behaviour.class, behaviour),
                FormValues.oneOf(Channel.class, channel),
                "true".equals(repeat) ? Boolean.TRUE : "false".equals(repeat) ? Boolean.FALSE : null);
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeException malformed) {
            return null;
        }
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getOfficialKind() {
        return officialKind;
    }

    public void setOfficialKind(String officialKind) {
        this.officialKind = officialKind;
    }

    public String getBehaviour() {
        return behaviour;
    }

    public void setBehaviour(String behaviour) {
        this.behaviour = behaviour;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
