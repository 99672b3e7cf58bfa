package nl.weerbaar.app.database;

import java.nio.file.Path;

/** The embedded PostgreSQL did not start; the failure analyzer turns this into advice. */
class EmbeddedDatabaseStartFailure extends RuntimeException {

    private final Path dataDirectory;

    EmbeddedDatabaseStartFailure(Path dataDirectory, Throwable cause) {
        super("The embedded PostgreSQL could not start in " + dataDirectory + ": " + cause.getMessage(), cause);
        this.dataDirectory = dataDirectory;
    }

    Path dataDirectory() {
        return dataDirectory;
    }
}
