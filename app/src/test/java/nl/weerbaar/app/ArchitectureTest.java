package nl.weerbaar.app;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The module and layer boundaries of docs/architecture.md, as executable sentences. */
class ArchitectureTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.weerbaar");

    @ParameterizedTest
    @ValueSource(strings = {"incident", "response", "communication", "aftercare"})
    void otherCodeUsesAModuleOnlyThroughItsApi(String module) {
        String base = "nl.weerbaar." + module;
        noClasses().that().resideOutsideOfPackage(base + "..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".command..", base + ".query..",
                        base + ".web..")
                .allowEmptyShould(true)
                .check(PRODUCT);
    }

    @Test
    void modulesNeverDependOnTheApplication() {
        noClasses().that().resideOutsideOfPackage("nl.weerbaar.app..")
                .should().dependOnClassesThat().resideInAPackage("nl.weerbaar.app..")
                .check(PRODUCT);
    }

    @Test
    void theCommandSideNeverReadsProjectionsOrPages() {
        noClasses().that().resideInAPackage("nl.weerbaar..command..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.weerbaar..query..", "nl.weerbaar..web..")
                .check(PRODUCT);
    }

    @Test
    void anApiDependsOnNoImplementation() {
        noClasses().that().resideInAPackage("nl.weerbaar..api..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.weerbaar..command..", "nl.weerbaar..query..",
                        "nl.weerbaar..web..")
                .check(PRODUCT);
    }

    @Test
    void commandSideClassesArePackagePrivate() {
        classes().that().resideInAPackage("nl.weerbaar..command..").and().areNotAnonymousClasses()
                .and().doNotHaveSimpleName("package-info")
                .should().notBePublic()
                .check(PRODUCT);
    }

    @Test
    void nothingUsesJpa() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "javax.persistence..", "org.hibernate..")
                .check(PRODUCT);
    }

    /**
     * Projections create no messages, so correlation data is not computed for the events they handle
     * ({@code NotForStoredEvents}); a handler that dispatched would send its messages without the actor.
     */
    @Test
    void noEventHandlerDispatchesMessages() {
        noClasses().that().containAnyMethodsThat(annotatedWith(EventHandler.class))
                .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.commandhandling..",
                        "org.axonframework.queryhandling..", "org.axonframework.deadline..",
                        "org.axonframework.modelling.saga..")
                .orShould().dependOnClassesThat().areAssignableTo(EventBus.class)
                .orShould().dependOnClassesThat().areAssignableTo(EventGateway.class)
                .check(PRODUCT);
    }

    @Test
    void everyHandledEventCarriesARevision() {
        methods().that().areAnnotatedWith(EventHandler.class).or().areAnnotatedWith(EventSourcingHandler.class)
                .should(handleOnlyEventsWithARevision())
                .check(PRODUCT);
    }

    private static ArchCondition<JavaMethod> handleOnlyEventsWithARevision() {
        return new ArchCondition<>("handle only events annotated with @Revision") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<com.tngtech.archunit.core.domain.JavaClass> parameters = method.getRawParameterTypes();
                // A handler of Object takes every event (the timeline); the events themselves are checked elsewhere.
                boolean revised = !parameters.isEmpty() && (parameters.get(0).isAnnotatedWith(Revision.class)
                        || parameters.get(0).isEquivalentTo(Object.class));
                events.add(new SimpleConditionEvent(method, revised,
                        method.getFullName() + (revised ? " handles a revised event" : " handles an event without @Revision")));
            }
        };
    }
}
