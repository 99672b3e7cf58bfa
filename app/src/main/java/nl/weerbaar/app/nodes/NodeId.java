package nl.weerbaar.app.nodes;

import java.util.Objects;

/**
 * The name of this application node: the owner of its projection segments in {@code token_entry}, of
 * its background-job runs in {@code scheduled_tasks}, and of its row in {@code application_node}. Two
 * running nodes must never share one, or both would process the same segments.
 */
public record NodeId(String value) {

    public NodeId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException("A node id is 1 to 200 characters: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
