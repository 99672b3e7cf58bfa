package nl.weerbaar.app.privacy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import nl.weerbaar.app.database.EmbeddedDatabaseProperties;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The master key, the data keys and the serializer the event store uses for events and snapshots. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    /**
     * From {@code WEERBAAR_MASTER_KEY} or {@code weerbaar.master-key-file}; with the embedded database
     * and neither set, a key is generated once into {@code master.key} beside the data directory.
     */
    @Bean
    MasterKey masterKey(@Value("${WEERBAAR_MASTER_KEY:}") String fromEnvironment,
            @Value("${weerbaar.master-key-file:#{null}}") Path keyFile,
            @Value("${spring.datasource.url:}") String externalDatabase,
            ObjectProvider<EmbeddedDatabaseProperties> embedded) {
        Path generated = externalDatabase.isBlank() ? embedded.getObject().dataDirectory().toAbsolutePath()
                .normalize().resolveSibling("master.key") : null;
        return MasterKeyLoader.load(fromEnvironment, keyFile, generated);
    }

    @Bean
    DataKeyStore dataKeyStore(JdbcTemplate jdbc, MasterKey masterKey, Clock clock,
            @Value("${weerbaar.privacy.key-cache-time-to-live:30s}") Duration cacheTimeToLive) {
        DataKeyStore store = new DataKeyStore(jdbc, masterKey, clock, cacheTimeToLive);
        store.verifyMasterKey();
        return store;
    }

    @Bean
    PersonalDataProtection personalDataProtection(DataKeyStore keys) {
        return new PersonalDataProtection(keys);
    }

    /** Key destruction runs in the erasure's own transaction, not in a background processor. */
    @Bean
    ConfigurerModule keyShreddingInTheErasureTransaction() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(KeyShredder.PROCESSING_GROUP);
    }
}
