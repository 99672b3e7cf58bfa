package nl.weerbaar.app.privacy;

import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.PerpetratorPersonalDataErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Destroys a subject's data key when its erasure is decided. It runs in a subscribing processor, so
 * inside the transaction that stores the erasure event: both happen, or neither. Being a side
 * effect, it is never replayed.
 */
@Component
@ProcessingGroup(KeyShredder.PROCESSING_GROUP)
class KeyShredder {

    static final String PROCESSING_GROUP = "personal-data-erasure";

    private final DataKeyStore keys;

    KeyShredder(DataKeyStore keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(IncidentPersonalDataErased event) {
        keys.destroy(event.subject());
    }

    @EventHandler
    void on(PerpetratorPersonalDataErased event) {
        keys.destroy(event.subject());
    }
}
