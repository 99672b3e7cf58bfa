package nl.weerbaar.app.privacy;

import org.axonframework.serialization.Serializer;

/**
 * Wraps the serializer of the event store so personal data is encrypted on its way in and opened
 * (or erased) on its way out. Deliberately not a {@link Serializer} bean itself: Axon looks serializers
 * up by type.
 */
public final class PersonalDataProtection {

    private final DataKeyStore keys;

    PersonalDataProtection(DataKeyStore keys) {
        this.keys = keys;
    }

    public Serializer protect(Serializer serializer) {
        return new PersonalDataSerializer(serializer, keys);
    }

    /** Reads events with every personal-data text left out ({@code null}), without a data key: for reports. */
    public Serializer withoutPersonalData(Serializer serializer) {
        return new WithoutPersonalDataSerializer(serializer);
    }
}
