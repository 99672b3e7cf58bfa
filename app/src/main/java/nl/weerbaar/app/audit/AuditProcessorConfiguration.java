package nl.weerbaar.app.audit;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit trail's processor is pooled and streaming like every projection's, but with a single
 * segment: the hash chain needs the entries one after another in the order of the stream, and a
 * second segment would make them in parallel. Across nodes the token claim keeps it to one at a time.
 */
@Configuration(proxyBeanMethods = false)
class AuditProcessorConfiguration {

    @Bean
    ConfigurerModule auditTrailProcessor(@Value("${weerbaar.processors.batch-size:100}") int batchSize) {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                AuditTrailProjection.NAME,
                (configuration, builder) -> builder.initialSegmentCount(1).maxClaimedSegments(1).batchSize(batchSize));
    }
}
