package nl.weerbaar.app.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incident.api.PersonalData;

/**
 * What the audit trail reads from any event, without knowing the event: it looks at the shape of the
 * record, so a new event of a new module is trailed without code here.
 *
 * <ul>
 *   <li>{@code facts}: every component that is not text and not {@link PersonalData} (ids, enums, flags,
 *       numbers, dates, and records or lists of those), so never personal data;</li>
 *   <li>{@code categories}: the enum-valued facts (an intervention's type, a severity, the parties
 *       involved): the "rationale categories" the council sees instead of the rationale's words;</li>
 *   <li>{@code rationale}: a component named {@code rationale}, with the data subject whose key seals it;</li>
 *   <li>{@code officialConsulted}: {@code consultation.officialConsulted}, {@code officialConsulted} or
 *       {@code officialAgreed}; {@code false} when the event has such a component but it says nothing, so
 *       a decision recorded without its consultation counts as not consulted;</li>
 *   <li>{@code vpt}: a {@code vpt} flag, on the event or on one of its records (a police report's).</li>
 * </ul>
 *
 * <p>Texts are left out of the facts even when marked not personal: a fact must be safe to show the
 * council whatever a later module puts in a string.
 */
record EventFacts(Map<String, Object> facts, List<Category> categories, String rationale, String rationaleSubject,
        Boolean officialConsulted, Boolean vpt) {

    /** An enum-valued fact: the component, the enum's simple name (for its Dutch label), the value. */
    record Category(String field, String type, String value) {
    }

    static final String RATIONALE = "rationale";
    static final String CONSULTATION = "consultation";
    static final Set<String> CONSULTED_FLAGS = Set.of("officialConsulted", "officialAgreed");
    static final String VPT = "vpt";

    static EventFacts of(Object event) {
        if (event == null || !event.getClass().isRecord()) {
            return new EventFacts(Map.of(), List.of(), null, null, null, null);
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        List<Category> categories = new ArrayList<>();
        String rationale = null;
        String rationaleSubject = null;
        Boolean consulted = null;
        Boolean vpt = null;
        RecordComponent[] components = components(event.getClass());
        for (RecordComponent component : components) {
            String name = component.getName();
            Object value = read(component, event);
            PersonalData personal = component.getAnnotation(PersonalData.class);
            if (RATIONALE.equals(name) && (value == null || value instanceof String)) {
                rationale = (String) value;
                rationaleSubject = personal == null ? null : subjectOf(event, components, personal.subject());
            }
            if (CONSULTATION.equals(name) && component.getType().isRecord()) {
                consulted = Boolean.TRUE.equals(flag(component.getType(), value, "officialConsulted"));
            }
            if (CONSULTED_FLAGS.contains(name) && isFlag(component.getType())) {
                consulted = Boolean.TRUE.equals(value);
            }
            if (VPT.equals(name) && isFlag(component.getType())) {
                vpt = Boolean.TRUE.equals(value);
            } else if (vpt == null && component.getType().isRecord() && value != null
                    && hasComponent(component.getType(), VPT)) {
                vpt = Boolean.TRUE.equals(flag(component.getType(), value, VPT));
            }
            if (personal != null) {
                continue; // its texts are sealed; its flags were read above, nothing else is shown
            }
            Object fact = fact(value);
            if (fact != null) {
                facts.put(name, fact);
            }
            categories.addAll(categoriesOf(name, value));
        }
        return new EventFacts(facts, categories, rationale, rationaleSubject, consulted, vpt);
    }

    /** The incident the event is about, when it names one. */
    String incidentId() {
        Object value = facts.get("incidentId");
        return value instanceof String text ? text : null;
    }

    private static List<Category> categoriesOf(String field, Object value) {
        if (value instanceof Enum<?> constant) {
            return List.of(new Category(field, constant.getDeclaringClass().getSimpleName(), constant.name()));
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().filter(Enum.class::isInstance).map(Enum.class::cast)
                    .map(constant -> new Category(field, constant.getDeclaringClass().getSimpleName(), constant.name()))
                    .toList();
        }
        return List.of();
    }

    /**
     * A value safe to keep as a fact, as JSON-ready Java: {@code null} for texts and whatever holds
     * text. Ids and references (records Jackson writes as one value) become that value's text.
     */
    private static Object fact(Object value) {
        if (value == null || value instanceof CharSequence) {
            return null;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof TemporalAccessor || value instanceof UUID) {
            return value.toString();
        }
        if (value.getClass().isRecord()) {
            if (writtenAsOneValue(value.getClass())) {
                return value.toString();
            }
            Map<String, Object> nested = new LinkedHashMap<>();
            for (RecordComponent component : components(value.getClass())) {
                if (!component.isAnnotationPresent(PersonalData.class)) {
                    Object fact = fact(read(component, value));
                    if (fact != null) {
                        nested.put(component.getName(), fact);
                    }
                }
            }
            return nested.isEmpty() ? null : nested;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>();
            for (Object element : collection) {
                Object fact = fact(element);
                if (fact != null) {
                    list.add(fact);
                }
            }
            return list.isEmpty() && !collection.isEmpty() ? null : list;
        }
        return null;
    }

    /** An id or reference: Jackson writes it as its one value ({@code @JsonValue}), and so does its text. */
    /**
     * A record's components, read once per class: the audit trail looks at every event, and reflection
     * anew for each one was a tenth of its replay time (docs/benchmarks.md). Never modified.
     */
    private static RecordComponent[] components(Class<?> record) {
        return COMPONENTS.get(record);
    }

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return components == null ? new RecordComponent[0] : components;
        }
    };

    private static boolean writtenAsOneValue(Class<?> type) {
        boolean onComponent = Arrays.stream(components(type))
                .map(RecordComponent::getAccessor).anyMatch(EventFacts::marksValue)
                || Arrays.stream(type.getDeclaredFields()).anyMatch(EventFacts::marksValue);
        boolean onMethod = Arrays.stream(type.getDeclaredMethods()).anyMatch(EventFacts::marksValue);
        boolean oneId = components(type).length == 1
                && components(type)[0].getType() == UUID.class;
        return onComponent || onMethod || oneId;
    }

    private static boolean marksValue(AnnotatedElement element) {
        return element.isAnnotationPresent(JsonValue.class);
    }

    private static boolean isFlag(Class<?> type) {
        return type == Boolean.class || type == boolean.class;
    }

    private static boolean hasComponent(Class<?> record, String name) {
        return Arrays.stream(components(record))
                .anyMatch(component -> component.getName().equals(name) && isFlag(component.getType()));
    }

    private static Object flag(Class<?> record, Object value, String name) {
        if (value == null) {
            return null;
        }
        for (RecordComponent component : components(record)) {
            if (component.getName().equals(name)) {
                return read(component, value);
            }
        }
        return null;
    }

    private static String subjectOf(Object event, RecordComponent[] components, String subject) {
        for (RecordComponent component : components) {
            if (component.getName().equals(subject)) {
                Object value = read(component, event);
                return value == null ? null : value.toString();
            }
        }
        return null;
    }

    private static Object read(RecordComponent component, Object record) {
        Method accessor = component.getAccessor();
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            throw new IllegalStateException("Cannot read " + component + " of " + record.getClass().getName(),
                    unreadable);
        }
    }
}
