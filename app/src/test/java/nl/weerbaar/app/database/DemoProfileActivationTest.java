package nl.weerbaar.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DemoProfileActivationTest {

    private final DemoProfileActivation activation = new DemoProfileActivation();

    @Test
    void withoutAConfiguredDatabaseTheDemoProfileIsOn() {
        MockEnvironment environment = new MockEnvironment();
        activation.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getActiveProfiles()).containsExactly("demo");
    }

    @Test
    void withAnExternalDatabaseThereAreNoDemoAccounts() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example/weerbaar");
        activation.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getActiveProfiles()).isEmpty();
    }
}
