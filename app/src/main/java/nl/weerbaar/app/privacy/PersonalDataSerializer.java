package nl.weerbaar.app.privacy;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import nl.weerbaar.incident.api.PersonalData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sits between the event store and Axon's JSON serializer: on the way in it replaces every text of a
 * {@link nl.weerbaar.incident.api.PersonalData} field by an envelope
 * {@code {"$pd":1,"s":subject,"c":base64(nonce+ciphertext)}}; on the way out it opens each envelope,
 * or, when the subject's key is gone, puts {@code [gewist]} in its place. Personal data of a subject
 * whose key is already destroyed is never stored: it is written as {@code [gewist]} at once. Types
 * without personal data pass straight through.
 */
class PersonalDataSerializer implements Serializer {

    static final String MARKER = "$pd";
    private static final JsonNode ERASED = JsonNodeFactory.instance.stringNode(PersonalData.ERASED);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Serializer delegate;
    private final DataKeyStore keys;

    PersonalDataSerializer(Serializer delegate, DataKeyStore keys) {
        this.delegate = delegate;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        List<PersonalDataFields.Entry> fields = PersonalDataFields.of(object == null ? null : object.getClass());
        if (fields.isEmpty()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        SerializedObject<JsonNode> plain = delegate.serialize(object, JsonNode.class);
        ObjectNode tree = (ObjectNode) plain.getData();
        for (PersonalDataFields.Entry field : fields) {
            JsonNode value = tree.get(field.property());
            if (value != null && !value.isNull()) {
                String subject = tree.get(field.subjectProperty()).asString();
                Optional<SecretKey> key = keys.keyForWriting(subject);
                tree.set(field.property(), field.mapTexts(value,
                        text -> key.isPresent() ? seal(key.get(), subject, field.property(), text) : ERASED));
            }
        }
        return getConverter().convert(new SimpleSerializedObject<>(tree, JsonNode.class, plain.getType()),
                expectedRepresentation);
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
        SerializedObject<JsonNode> sealed = getConverter().convert(serializedObject, JsonNode.class);
        // A tree handed in (by an upcaster) may be shared, so it is opened in a copy; one parsed here is our own.
        ObjectNode tree = JsonNode.class.isAssignableFrom(serializedObject.getContentType())
                ? ((ObjectNode) sealed.getData()).deepCopy() : (ObjectNode) sealed.getData();
        for (PersonalDataFields.Entry field : fields) {
            JsonNode value = tree.get(field.property());
            if (value != null && !value.isNull()) {
                tree.set(field.property(), field.mapTexts(value, text -> isSealed(text) ? open(text, field) : text));
            }
        }
        return delegate.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, sealed.getType()));
    }

    private static boolean isSealed(JsonNode text) {
        return text.isObject() && text.has(MARKER);
    }

    private static JsonNode seal(SecretKey key, String subject, String property, JsonNode value) {
        byte[] sealed = Aes.encrypt(key, JSON.writeValueAsBytes(value), associatedData(subject, property));
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put(MARKER, 1);
        envelope.put("s", subject);
        envelope.put("c", Base64.getEncoder().encodeToString(sealed));
        return envelope;
    }

    private JsonNode open(JsonNode envelope, PersonalDataFields.Entry field) {
        String subject = envelope.get("s").asString();
        Optional<SecretKey> key = keys.keyForReading(subject);
        if (key.isEmpty()) {
            return ERASED;
        }
        try {
            byte[] plain = Aes.decrypt(key.get(), Base64.getDecoder().decode(envelope.get("c").asString()),
                    associatedData(subject, field.property()));
            return JSON.readTree(plain);
        } catch (java.security.GeneralSecurityException tampered) {
            throw new IllegalStateException("Personal data of " + subject + " in field " + field.property()
                    + " does not decrypt: it was changed, or moved from elsewhere", tampered);
        }
    }

    /** Binds a ciphertext to its subject and field, so it cannot be moved to another. */
    private static String associatedData(String subject, String property) {
        return subject + "/" + property;
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
