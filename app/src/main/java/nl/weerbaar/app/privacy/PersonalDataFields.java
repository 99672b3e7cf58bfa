package nl.weerbaar.app.privacy;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.weerbaar.incident.api.PersonalData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Which fields of a stored type hold personal data, and of which subject; read once per type. */
final class PersonalDataFields {

    /** One personal-data field: its JSON property, the property naming its subject, its Java type. */
    record Entry(String property, String subjectProperty, Class<?> type) {

        /** What an erased value reads as: the fixed text, or a record whose texts are all that text. */
        JsonNode erased() {
            if (type == String.class) {
                return JsonNodeFactory.instance.stringNode(PersonalData.ERASED);
            }
            if (type.isRecord()) {
                ObjectNode replacement = JsonNodeFactory.instance.objectNode();
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getType() == String.class) {
                        replacement.put(component.getName(), PersonalData.ERASED);
                    }
                }
                return replacement;
            }
            return JsonNodeFactory.instance.nullNode();
        }
    }

    private static final Map<Class<?>, List<Entry>> BY_TYPE = new ConcurrentHashMap<>();

    private PersonalDataFields() {
    }

    static List<Entry> of(Class<?> type) {
        return type == null ? List.of() : BY_TYPE.computeIfAbsent(type, PersonalDataFields::scan);
    }

    private static List<Entry> scan(Class<?> type) {
        List<Entry> entries = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                PersonalData marker = field.getAnnotation(PersonalData.class);
                if (marker != null) {
                    entries.add(new Entry(field.getName(), marker.subject(), field.getType()));
                }
            }
        }
        return List.copyOf(entries);
    }
}
