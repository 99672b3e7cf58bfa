package nl.weerbaar.incident.query;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormVersion;

/** Norm versions in one text column: {@code <normId>:<version>,...}. */
final class NormVersions {

    private NormVersions() {
    }

    static String format(List<NormVersion> versions) {
        return versions.stream().map(version -> version.normId() + ":" + version.version())
                .collect(Collectors.joining(","));
    }

    static List<NormVersion> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(part -> {
            int colon = part.lastIndexOf(':');
            return new NormVersion(NormId.of(part.substring(0, colon)), Integer.parseInt(part.substring(colon + 1)));
        }).toList();
    }
}
