package nl.weerbaar.app.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is set. Its files stay in the
 * data directory, so stopping and starting the application keeps every incident.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
        Path directory = properties.dataDirectory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (properties.durable()) {
                // zonky starts PostgreSQL for throw-away test data (fsync off, asynchronous commit): a
                // crash or power cut would lose acknowledged reports. Later settings win over its defaults.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(properties.port())
                    // Spring closes it after the event processors have stopped; zonky's own hook would
                    // race them at shutdown and cut their connections mid-batch.
                    .setRegisterShutdownHook(false)
                    .start();
            LOG.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
            return postgres;
        } catch (IOException | RuntimeException failure) {
            throw new EmbeddedDatabaseStartFailure(directory, failure);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(properties.maxPoolSize());
        dataSource.setPoolName("weerbaar-embedded");
        return dataSource;
    }
}
