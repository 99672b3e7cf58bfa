package nl.weerbaar.app.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Ends a failed start of the embedded PostgreSQL with one message saying what to do. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseStartFailure> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseStartFailure cause) {
        String description = "The embedded PostgreSQL could not start (data directory " + cause.dataDirectory()
                + "): " + cause.getCause().getMessage();
        String action = """
                Either:
                  - run Weerbaar as a normal (non-root) user; PostgreSQL refuses to run as root, and as root the \
                embedded database needs the 'unshare' command (util-linux), or
                  - point Weerbaar at an external PostgreSQL by setting SPRING_DATASOURCE_URL, \
                SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (see the README), or
                  - check that the data directory is writable and not in use by another Weerbaar \
                (weerbaar.embedded-database.data-directory).""";
        return new FailureAnalysis(description, action, cause);
    }
}
