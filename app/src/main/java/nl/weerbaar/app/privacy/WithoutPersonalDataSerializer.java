package nl.weerbaar.app.privacy;

import java.util.List;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads events with every text of a {@link nl.weerbaar.incident.api.PersonalData} field set to
 * {@code null}, sealed or not, without touching a data key. For readers that must never see personal
 * data (the periodic reports): they cannot leak it, and they pay no decryption or key lookup per
 * event. Dates, enums, flags and ids inside such a field stay readable, as they are stored in plain.
 * It writes nothing.
 */
final class WithoutPersonalDataSerializer implements Serializer {

    private final Serializer delegate;

    WithoutPersonalDataSerializer(Serializer delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        throw new UnsupportedOperationException("Reads only: events are written through the event store");
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (SerializedType.emptyType().equals(serializedObject.getType())) {
            return delegate.deserialize(serializedObject);
        }
        List<PersonalDataFields.Entry> fields = PersonalDataFields.of(classForType(serializedObject.getType()));
        if (fields.isEmpty()) {
            return delegate.deserialize(serializedObject);
        }
        SerializedObject<JsonNode> stored = getConverter().convert(serializedObject, JsonNode.class);
        // A tree just parsed from bytes is ours to change; one handed in is copied first.
        ObjectNode tree = serializedObject.getData() instanceof JsonNode
                ? ((ObjectNode) stored.getData()).deepCopy() : (ObjectNode) stored.getData();
        for (PersonalDataFields.Entry field : fields) {
            JsonNode value = tree.get(field.property());
            if (value != null && !value.isNull()) {
                tree.set(field.property(), field.mapTexts(value, text -> NullNode.getInstance()));
            }
        }
        return delegate.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, stored.getType()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
