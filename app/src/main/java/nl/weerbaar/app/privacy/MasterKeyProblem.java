package nl.weerbaar.app.privacy;

/** The master key is missing, unreadable, or not the one the database was encrypted with. */
class MasterKeyProblem extends RuntimeException {

    MasterKeyProblem(String message) {
        super(message);
    }

    MasterKeyProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
