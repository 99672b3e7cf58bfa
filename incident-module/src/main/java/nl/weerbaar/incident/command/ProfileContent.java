package nl.weerbaar.incident.command;

import java.util.List;
import java.util.Objects;
import nl.weerbaar.incident.api.CreatePerpetratorProfile;
import nl.weerbaar.incident.api.PerpetratorProfileCreated;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Texts;

/**
 * What a profile says about the person, normalised (trimmed, blanks as absent, each handle once), so
 * that the same form sent twice can be recognised as the same.
 */
record ProfileContent(String name, List<String> handles, String description) {

    static ProfileContent of(CreatePerpetratorProfile command) {
        return new ProfileContent(Texts.normalize(command.name()),
                command.handles().stream().map(Texts::normalize).filter(Objects::nonNull).distinct().toList(),
                Texts.normalize(command.description()));
    }

    static ProfileContent of(PerpetratorProfileCreated event) {
        return new ProfileContent(event.name(), event.handles() == null ? List.of() : List.copyOf(event.handles()),
                event.description());
    }

    /** The same content with every text replaced as an erasure replaces it. */
    ProfileContent erased() {
        return new ProfileContent(erased(name), handles.stream().map(handle -> PersonalData.ERASED).toList(),
                erased(description));
    }

    private static String erased(String text) {
        return text == null ? null : PersonalData.ERASED;
    }
}
