package nl.weerbaar.app.privacy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import nl.weerbaar.app.database.EmbeddedDatabaseProperties;
import org.axonframework.config.ConfigurerModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The master key, the data keys and the serializer the event store uses for events and snapshots. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PrivacyConfiguration.class);

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

    /**
     * Checks the master key against the database before any event is read. With
     * {@code WEERBAAR_NEW_MASTER_KEY} set, first re-wraps every data key with that new key (once; a
     * later start with both set finds the rotation done) and from then on uses it.
     */
    @Bean
    TokenSigningKey tokenSigningKey(MasterKey masterKey) {
        return new TokenSigningKey(masterKey.derive("weerbaar/api-token/v1"));
    }

    @Bean
    DataKeyStore dataKeyStore(JdbcTemplate jdbc, TransactionTemplate transactions, MasterKey masterKey, Clock clock,
            @Value("${WEERBAAR_NEW_MASTER_KEY:}") String newMasterKey,
            @Value("${weerbaar.privacy.key-cache-time-to-live:30s}") Duration cacheTimeToLive) {
        MasterKey current = masterKey;
        if (!newMasterKey.isBlank()) {
            MasterKey next = MasterKeyLoader.load(newMasterKey, null, null);
            if (DataKeyStore.opensCheck(jdbc, masterKey)) {
                int rotated = MasterKeyRotation.rotate(jdbc, transactions, masterKey, next);
                LOG.warn("Master key rotated: {} data keys are now wrapped by WEERBAAR_NEW_MASTER_KEY. Set "
                        + "WEERBAAR_MASTER_KEY to that key, remove WEERBAAR_NEW_MASTER_KEY and back the new key up.",
                        rotated);
            }
            current = next;
        }
        DataKeyStore store = new DataKeyStore(jdbc, current, clock, cacheTimeToLive);
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
