package nl.weerbaar.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the real time, moved forward when a test needs the future
 * (retention). Tests that move it put it back afterwards.
 */
public final class TestClock extends Clock {

    /** Puts the test clock in the application context, in front of the real one. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock(@Value("${weerbaar.time-zone}") String zone) {
            return new TestClock(ZoneId.of(zone));
        }
    }

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    TestClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        TestClock clock = new TestClock(otherZone);
        clock.offset = offset;
        return clock;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
