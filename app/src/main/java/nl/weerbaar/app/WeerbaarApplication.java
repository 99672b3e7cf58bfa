package nl.weerbaar.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Weerbaar. With no database configured it starts an embedded PostgreSQL and the demo profile. */
@SpringBootApplication(scanBasePackages = "nl.weerbaar")
@ConfigurationPropertiesScan("nl.weerbaar")
public class WeerbaarApplication {

    public static void main(String[] args) {
        quietAxon();
        SpringApplication.run(WeerbaarApplication.class, args);
    }

    /**
     * Axon phones home unless this system property is set before it starts (a Spring property is too
     * late), and advertises its console in the log unless told not to.
     */
    public static void quietAxon() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
    }
}
