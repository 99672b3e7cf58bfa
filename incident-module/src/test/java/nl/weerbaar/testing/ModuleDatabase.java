package nl.weerbaar.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hands a module's projection tests a {@link JdbcTemplate} on a real PostgreSQL with the migrations on
 * the test class path applied (the module's own and those of the modules it builds on). One
 * embedded server serves every test class of the run and stops when the run ends; each test clears
 * the tables it relies on.
 */
public final class ModuleDatabase implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == JdbcTemplate.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(ModuleDatabase.class))
                .computeIfAbsent(Server.class, key -> Server.start(), Server.class)
                .jdbc();
    }

    private record Server(EmbeddedPostgres postgres, JdbcTemplate jdbc) implements AutoCloseable {

        static Server start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Flyway.configure()
                        .dataSource(postgres.getPostgresDatabase())
                        .locations("classpath:db/migration")
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
