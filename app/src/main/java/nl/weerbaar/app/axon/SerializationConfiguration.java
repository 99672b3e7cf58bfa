package nl.weerbaar.app.axon;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Events, messages and tokens are JSON by Jackson 3 ({@code axon.serializer.*=jackson3}). Replay
 * tokens wrap other tokens polymorphically; Jackson only follows such types from packages allowed
 * here, which keeps arbitrary classes out of deserialization.
 */
@Configuration(proxyBeanMethods = false)
class SerializationConfiguration {

    @Bean
    Jackson3SerializerCustomizer allowAxonAndWeerbaarTypes() {
        return mapper -> mapper.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("nl.weerbaar.")
                .build());
    }
}
