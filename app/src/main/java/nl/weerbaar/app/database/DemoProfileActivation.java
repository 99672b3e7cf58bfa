package nl.weerbaar.app.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Switches the {@code demo} profile on when the embedded database is used (no
 * {@code spring.datasource.url}): a fresh machine then starts with demo accounts and officials,
 * while a production start against a real PostgreSQL never gets them.
 */
class DemoProfileActivation implements EnvironmentPostProcessor, Ordered {

    static final String DEMO = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if ((url == null || url.isBlank()) && !environment.matchesProfiles(DEMO)) {
            environment.addActiveProfile(DEMO);
        }
    }

    /** After the configuration files are read, so a URL set in them counts. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
