package nl.weerbaar.incident.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.CreatePerpetratorProfile;
import nl.weerbaar.incident.api.PerpetratorDetails;
import nl.weerbaar.incident.api.PerpetratorId;

/**
 * The form that creates a perpetrator profile, as the browser posts it. It carries the new profile's
 * id from the moment it is shown, which makes a double submit harmless, and the incident it was
 * opened from, if any, to link the new profile to at once.
 */
public class ProfileForm {

    private String perpetratorId = UUID.randomUUID().toString();
    private String incidentId;
    private String name;
    /** One handle per line. */
    private String handles;
    private String description;

    /** A form filled in with what the reporter knew of the perpetrator. */
    static ProfileForm from(String incidentId, PerpetratorDetails reported) {
        ProfileForm form = new ProfileForm();
        form.incidentId = incidentId;
        if (reported != null) {
            form.name = reported.name();
            form.handles = reported.handle();
            form.description = reported.description();
        }
        return form;
    }

    CreatePerpetratorProfile command(Caller caller) {
        List<String> lines = handles == null ? List.of() : Arrays.asList(handles.split("\\R"));
        return new CreatePerpetratorProfile(parsedId(), name, lines, description, caller.role());
    }

    /** A tampered id is replaced rather than refused: the id is the form's, not the user's. */
    private PerpetratorId parsedId() {
        try {
            return PerpetratorId.of(perpetratorId);
        } catch (RuntimeException tampered) {
            perpetratorId = UUID.randomUUID().toString();
            return PerpetratorId.of(perpetratorId);
        }
    }

    public String getPerpetratorId() {
        return perpetratorId;
    }

    public void setPerpetratorId(String perpetratorId) {
        this.perpetratorId = perpetratorId;
    }

    public String getIncidentId() {
        return incidentId;
    }

    public void setIncidentId(String incidentId) {
        this.incidentId = incidentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHandles() {
        return handles;
    }

    public void setHandles(String handles) {
        this.handles = handles;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
