package nl.weerbaar.app.maintenance;

/**
 * A projection (a streaming event processor) and its state.
 *
 * @param state    {@code RUNNING}, {@code REPLAYING}, {@code STOPPED} or {@code ERROR}
 * @param position the lowest global index its segments have reached, or {@code -1}
 * @param rebuild  the last rebuild started on this node, or {@code null}
 */
public record ProjectionStatus(String name, String state, long position, RebuildProgress rebuild) {

    public boolean rebuilding() {
        return rebuild != null && rebuild.finishedAt() == null;
    }
}
