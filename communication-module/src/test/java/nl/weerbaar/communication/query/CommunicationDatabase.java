package nl.weerbaar.communication.query;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hands tests a {@link JdbcTemplate} on a real PostgreSQL with the module's migrations applied. One
 * embedded server serves every test class of the run and stops when the run ends; each test clears
 * the tables it relies on.
 */
final class CommunicationDatabase implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == JdbcTemplate.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(CommunicationDatabase.class))
                .computeIfAbsent(Server.class, key -> Server.start(), Server.class)
                .jdbc();
    }

    private record Server(EmbeddedPostgres postgres, JdbcTemplate jdbc) implements AutoCloseable {

        static Server start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Flyway.configure()
                        .dataSource(postgres.getPostgresDatabase())
                        .locations("classpath:db/migration/communication")
                        .load()
                        .migrate();
                return new Server(postgres, new JdbcTemplate(postgres.getPostgresDatabase()));
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}
