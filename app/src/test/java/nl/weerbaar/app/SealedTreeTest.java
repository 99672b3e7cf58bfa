package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.weerbaar.app.privacy.PersonalDataProtection;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.OfficialRegistered;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;

/**
 * Sealed personal data is opened in place in a tree the serializer parsed itself, but an upcaster hands
 * in a tree of its own, which must come back unchanged (still sealed).
 */
class SealedTreeTest extends ApplicationTest {

    @Autowired
    private PersonalDataProtection protection;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    @Test
    void aTreeHandedInIsOpenedInACopyAndABytesFormInPlace() {
        Serializer serializer = protection.protect(eventSerializer);
        var registered = new OfficialRegistered(new OfficialId(UUID.randomUUID()), "Anna de Vries",
                OfficialKind.COUNCIL_MEMBER);
        SerializedObject<byte[]> bytes = serializer.serialize(registered, byte[].class);
        JsonNode tree = serializer.getConverter().convert(bytes, JsonNode.class).getData();
        String sealed = tree.toString();

        Object fromTree = serializer.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, bytes.getType()));
        Object fromBytes = serializer.deserialize(bytes);

        assertThat(fromTree).isEqualTo(registered);
        assertThat(fromBytes).isEqualTo(registered);
        assertThat(tree.toString()).isEqualTo(sealed).doesNotContain("Anna de Vries").contains("$pd");
    }
}
