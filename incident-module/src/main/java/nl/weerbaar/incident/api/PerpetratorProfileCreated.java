package nl.weerbaar.incident.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A profile of an alleged perpetrator was created; all it says about the person is their personal data. */
@Revision("1")
public record PerpetratorProfileCreated(
        PerpetratorId perpetratorId,
        @PersonalData(subject = "perpetratorId") String name,
        @PersonalData(subject = "perpetratorId") List<String> handles,
        @PersonalData(subject = "perpetratorId") String description,
        Instant createdAt) {
}
