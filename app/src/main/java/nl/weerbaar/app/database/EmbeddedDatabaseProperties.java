package nl.weerbaar.app.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL ({@code weerbaar.embedded-database.*}).
 *
 * @param dataDirectory where the database files are kept between runs
 * @param port          0 picks a free port
 * @param maxPoolSize   connections the application keeps open to it
 * @param durable       whether a commit waits until it is on disk ({@code fsync}, {@code synchronous_commit}):
 *                      always for real data; only throw-away test databases switch it off for speed
 */
@ConfigurationProperties("weerbaar.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("10") int maxPoolSize,
        @DefaultValue("true") boolean durable) {
}
