package nl.weerbaar.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.NormAdopted;
import nl.weerbaar.response.api.InterventionChosen;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every event of every module has its action in plain Dutch ({@code audit.event.<EventName>} in its
 * module's bundle): the audit trail shows it to the council. The events are found by scanning the class
 * path (records with {@link Revision} in an {@code api} package of any module), the bundles are the ones
 * the application is configured with, so an event added anywhere without a description fails here.
 *
 * <p>Plain JUnit: no Spring context.
 */
class AuditDescriptionsTest {

    static final List<Class<?>> EVENTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.weerbaar")
            .stream()
            .filter(type -> type.getPackageName().matches("nl\\.weerbaar\\..*\\.api(\\..*)?"))
            .filter(JavaClass::isRecord)
            .filter(type -> type.isAnnotatedWith(Revision.class))
            .<Class<?>>map(JavaClass::reflect)
            .sorted(Comparator.comparing(Class::getName))
            .toList();

    private static final ResourceBundleMessageSource MESSAGES = applicationMessages();
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void theScanFindsTheEventsOfEveryModule() {
        assertThat(EVENTS).contains(IncidentReported.class, NormAdopted.class, InterventionChosen.class);
    }

    @Test
    void everyEventHasADutchDescription() {
        List<String> missing = EVENTS.stream().filter(event -> description(event) == null)
                .map(event -> AuditWording.EVENT_KEY + event.getSimpleName() + " (" + event.getName() + ")").toList();
        assertThat(missing).as("events without an action for the audit trail: add the key to the module's "
                + "message bundle").isEmpty();
    }

    @Test
    void noTwoEventsShareAName() {
        assertThat(EVENTS.stream().map(Class::getSimpleName)).as("the trail names an event by its simple name")
                .doesNotHaveDuplicates();
    }

    @Revision("1")
    record SomethingNobodyDescribed(String id) {
    }

    @Test
    void aMissingDescriptionIsNoticed() {
        assertThat(description(SomethingNobodyDescribed.class)).isNull();
        assertThat(description(InterventionChosen.class)).isEqualTo("Interventie gekozen");
    }

    private static String description(Class<?> event) {
        String text = MESSAGES.getMessage(AuditWording.EVENT_KEY + event.getSimpleName(), null, null, DUTCH);
        return text == null || text.isBlank() ? null : text;
    }

    /** The bundles named by {@code spring.messages.basename}, as the application reads them. */
    private static ResourceBundleMessageSource applicationMessages() {
        Properties properties = new Properties();
        try (InputStream in = AuditDescriptionsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(properties.getProperty("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
