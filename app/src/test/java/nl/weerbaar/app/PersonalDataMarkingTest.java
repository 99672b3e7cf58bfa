package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.NotPersonalData;
import nl.weerbaar.incident.api.OfficialRegistered;
import nl.weerbaar.incident.api.PersonalData;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * Every text in an event is a decision about personal data: each {@code String} component of an
 * event (a record with {@link Revision} in any module's {@code api}), of a collection of them, or of
 * a Weerbaar record nested in it, carries {@link PersonalData} or {@link NotPersonalData}. Otherwise
 * a new event could store personal data unencrypted, and it would survive an erasure.
 *
 * <p>Plain JUnit: no Spring context.
 */
class PersonalDataMarkingTest {

    private static final List<Class<?>> EVENTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.weerbaar")
            .stream()
            .filter(type -> type.getPackageName().matches("nl\\.weerbaar\\..*\\.api(\\..*)?"))
            .filter(JavaClass::isRecord)
            .filter(type -> type.isAnnotatedWith(Revision.class))
            .<Class<?>>map(JavaClass::reflect)
            .sorted(Comparator.comparing(Class::getName))
            .toList();

    @Test
    void theScanFindsTheEvents() {
        assertThat(EVENTS).contains(IncidentReported.class, IncidentPersonalDataErased.class,
                OfficialRegistered.class);
    }

    @Test
    void everyTextInAnEventIsMarkedPersonalOrNot() {
        List<String> problems = EVENTS.stream().flatMap(event -> unmarkedTexts(event).stream()).toList();
        assertThat(problems).as("event components that hold text without @PersonalData or @NotPersonalData "
                + "(or with a @PersonalData subject that is not a component of the record)").isEmpty();
    }

    /**
     * {@code PersonalDataSerializer} encrypts only the event's own components marked
     * {@code @PersonalData}: the mark on a component of a nested record would be accepted above and
     * yet be stored in plain text. Mark the event's component instead.
     */
    @Test
    void personalDataIsMarkedOnTheEventsOwnComponents() {
        List<String> problems = EVENTS.stream().flatMap(event -> nestedPersonalData(event).stream()).toList();
        assertThat(problems).as("@PersonalData inside a nested record, which the serializer does not encrypt")
                .isEmpty();
    }

    // ---------------------------------------------------------------- the checker proves it can fail

    @Revision("1")
    record UnmarkedText(IncidentId incidentId, String note) {
    }

    @Revision("1")
    record UnmarkedTexts(IncidentId incidentId, List<String> notes, Map<String, Integer> counts,
            Optional<String> remark, String[] tags) {
    }

    record Details(@NotPersonalData("a code from a fixed list") String code, String freeText) {
    }

    @Revision("1")
    record UnmarkedNestedText(IncidentId incidentId, Details details, List<Details> moreDetails) {
    }

    @Revision("1")
    record WrongSubject(IncidentId incidentId, @PersonalData(subject = "incident") String note) {
    }

    @Revision("1")
    record PersonalSubject(IncidentId incidentId, @PersonalData(subject = "incidentId") String name,
            @PersonalData(subject = "name") String note) {
    }

    @Revision("1")
    record MarkedTwice(IncidentId incidentId,
            @PersonalData(subject = "incidentId") @NotPersonalData("both?") String note) {
    }

    @Revision("1")
    record WellMarked(IncidentId incidentId,
            @PersonalData(subject = "incidentId") String note,
            @PersonalData(subject = "incidentId") Details details,
            @PersonalData(subject = "incidentId") List<String> names,
            @NotPersonalData("a fixed text") String reason,
            int count) {
    }

    record NestedPersonal(IncidentId owner, @PersonalData(subject = "owner") String name) {
    }

    @Revision("1")
    record PersonalDataOnlyNested(IncidentId incidentId, NestedPersonal nested) {
    }

    @Test
    void checkerFlagsAnUnmarkedText() {
        assertThat(unmarkedTexts(UnmarkedText.class)).singleElement().asString()
                .contains(UnmarkedText.class.getName(), "note");
    }

    @Test
    void checkerFlagsUnmarkedCollectionsOfText() {
        assertThat(unmarkedTexts(UnmarkedTexts.class)).hasSize(4)
                .anySatisfy(problem -> assertThat(problem).contains("notes"))
                .anySatisfy(problem -> assertThat(problem).contains("counts"))
                .anySatisfy(problem -> assertThat(problem).contains("remark"))
                .anySatisfy(problem -> assertThat(problem).contains("tags"));
    }

    @Test
    void checkerLooksIntoNestedRecords() {
        assertThat(unmarkedTexts(UnmarkedNestedText.class)).hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("details.freeText"))
                .anySatisfy(problem -> assertThat(problem).contains("moreDetails.freeText"))
                .noneSatisfy(problem -> assertThat(problem).contains("code"));
    }

    @Test
    void checkerFlagsASubjectThatIsNotAComponent() {
        assertThat(unmarkedTexts(WrongSubject.class)).singleElement().asString()
                .contains(WrongSubject.class.getName(), "note", "incident");
        assertThat(unmarkedTexts(PersonalSubject.class)).singleElement().asString()
                .contains(PersonalSubject.class.getName() + ".note", "\"name\"");
    }

    @Test
    void checkerFlagsATextMarkedBothWays() {
        assertThat(unmarkedTexts(MarkedTwice.class)).singleElement().asString().contains("note");
    }

    @Test
    void checkerAcceptsAWellMarkedEvent() {
        assertThat(unmarkedTexts(WellMarked.class)).isEmpty();
        assertThat(nestedPersonalData(WellMarked.class)).isEmpty();
    }

    @Test
    void checkerFlagsPersonalDataMarkedOnlyInsideANestedRecord() {
        assertThat(unmarkedTexts(PersonalDataOnlyNested.class)).isEmpty();
        assertThat(nestedPersonalData(PersonalDataOnlyNested.class)).singleElement().asString()
                .contains("nested.name");
    }

    // ---------------------------------------------------------------- the checker

    /**
     * What is wrong with the marking of an event's texts, one sentence each naming the event and the
     * component; empty when every text is marked.
     */
    static List<String> unmarkedTexts(Class<?> event) {
        List<String> problems = new ArrayList<>();
        checkRecord(event, event, "", problems, new HashSet<>());
        return problems;
    }

    private static void checkRecord(Class<?> event, Class<?> record, String path, List<String> problems,
            Set<Class<?>> visiting) {
        if (!visiting.add(record)) {
            return; // a record containing itself: its components are being checked already
        }
        RecordComponent[] components = record.getRecordComponents();
        for (RecordComponent component : components) {
            String name = path + component.getName();
            PersonalData personal = component.getAnnotation(PersonalData.class);
            boolean notPersonal = component.isAnnotationPresent(NotPersonalData.class);
            if (personal != null && notPersonal) {
                problems.add(event.getName() + "." + name + " is marked both @PersonalData and @NotPersonalData");
                continue;
            }
            if (personal != null) {
                checkSubject(event, record, components, name, personal.subject(), problems);
                continue;
            }
            if (notPersonal) {
                continue;
            }
            if (holdsText(component.getGenericType())) {
                problems.add(event.getName() + "." + name + " (" + component.getGenericType().getTypeName()
                        + ") is neither @PersonalData nor @NotPersonalData");
            }
            for (Class<?> nested : weerbaarRecordsIn(component.getGenericType())) {
                checkRecord(event, nested, name + ".", problems, visiting);
            }
        }
        visiting.remove(record);
    }

    private static void checkSubject(Class<?> event, Class<?> record, RecordComponent[] components, String name,
            String subject, List<String> problems) {
        Optional<RecordComponent> subjectComponent = Arrays.stream(components)
                .filter(candidate -> candidate.getName().equals(subject)).findFirst();
        if (subjectComponent.isEmpty()) {
            problems.add(event.getName() + "." + name + " names subject \"" + subject + "\", which is not a "
                    + "component of " + record.getName());
        } else if (subjectComponent.get().isAnnotationPresent(PersonalData.class)) {
            problems.add(event.getName() + "." + name + " names subject \"" + subject + "\", which is itself "
                    + "personal data (encrypted), so it cannot name the key");
        }
    }

    /** {@code @PersonalData} on components of nested records, which the serializer never sees. */
    static List<String> nestedPersonalData(Class<?> event) {
        List<String> problems = new ArrayList<>();
        for (RecordComponent component : event.getRecordComponents()) {
            if (!component.isAnnotationPresent(PersonalData.class)) {
                for (Class<?> nested : weerbaarRecordsIn(component.getGenericType())) {
                    findNestedPersonalData(event, nested, component.getName() + ".", problems, new HashSet<>());
                }
            }
        }
        return problems;
    }

    private static void findNestedPersonalData(Class<?> event, Class<?> record, String path, List<String> problems,
            Set<Class<?>> visiting) {
        if (!visiting.add(record)) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            String name = path + component.getName();
            if (component.isAnnotationPresent(PersonalData.class)) {
                problems.add(event.getName() + "." + name + " is @PersonalData inside a nested record: the "
                        + "serializer only encrypts the event's own components, so it would be stored in plain "
                        + "text; mark the event's component instead");
            } else {
                for (Class<?> nested : weerbaarRecordsIn(component.getGenericType())) {
                    findNestedPersonalData(event, nested, name + ".", problems, visiting);
                }
            }
        }
        visiting.remove(record);
    }

    /** A String, or a String inside a collection, map, optional or array. */
    private static boolean holdsText(Type type) {
        return typesIn(type).contains(String.class) || typesIn(type).contains(CharSequence.class);
    }

    private static List<Class<?>> weerbaarRecordsIn(Type type) {
        return typesIn(type).stream()
                .filter(Class::isRecord)
                .filter(candidate -> candidate.getName().startsWith("nl.weerbaar."))
                .distinct()
                .toList();
    }

    /** The class itself and, for generic types and arrays, every type argument and component type. */
    private static List<Class<?>> typesIn(Type type) {
        List<Class<?>> found = new ArrayList<>();
        collect(type, found);
        return found;
    }

    private static void collect(Type type, List<Class<?>> found) {
        if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                collect(plain.getComponentType(), found);
            } else {
                found.add(plain);
            }
        } else if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), found);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, found);
            }
        } else if (type instanceof GenericArrayType array) {
            collect(array.getGenericComponentType(), found);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, found);
            }
        }
    }
}
