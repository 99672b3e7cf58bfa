package nl.weerbaar.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Weerbaar. With no database configured it starts an embedded PostgreSQL and the demo profile. */
@SpringBootApplication(scanBasePackages = "nl.weerbaar")
@ConfigurationPropertiesScan("nl.weerbaar")
public class WeerbaarApplication {

    public static void main(String[] args) {
        disableAxonUpdateChecker();
        SpringApplication.run(WeerbaarApplication.class, args);
    }

    /** Axon phones home unless this system property is set before it starts; a Spring property is too late. */
    public static void disableAxonUpdateChecker() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
