package nl.weerbaar.app.privacy;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import nl.weerbaar.incident.api.PersonalData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which fields of a stored type hold personal data, of which subject, and where their texts are. Only
 * the texts are sealed, one by one: a record's other parts (an id, a date, an enum) and its nulls stay
 * as they are, so an erased value keeps its shape and every text reads as {@code [gewist]}.
 */
final class PersonalDataFields {

    /** One personal-data field: its JSON property, the property naming its subject, its Java type. */
    record Entry(String property, String subjectProperty, Type type) {

        /** Applies {@code text} to every text inside the value, in place where possible; returns the new value. */
        JsonNode mapTexts(JsonNode value, UnaryOperator<JsonNode> text) {
            return PersonalDataFields.mapTexts(value, type, text);
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
                    entries.add(new Entry(field.getName(), marker.subject(), field.getGenericType()));
                }
            }
        }
        return List.copyOf(entries);
    }

    /** Texts are a {@code String}, the text components of a record, or the elements of a collection of those. */
    private static JsonNode mapTexts(JsonNode value, Type type, UnaryOperator<JsonNode> text) {
        if (value == null || value.isNull()) {
            return value;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return text.apply(value);
        }
        if (raw.isRecord() && value instanceof ObjectNode object) {
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonNode child = object.get(component.getName());
                if (child != null && !child.isNull()) {
                    object.set(component.getName(), mapTexts(child, component.getGenericType(), text));
                }
            }
            return object;
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic
                && value instanceof ArrayNode array) {
            Type element = generic.getActualTypeArguments()[0];
            for (int i = 0; i < array.size(); i++) {
                array.set(i, mapTexts(array.get(i), element, text));
            }
            return array;
        }
        return value;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> plain) {
            return plain;
        }
        return Object.class;
    }
}
