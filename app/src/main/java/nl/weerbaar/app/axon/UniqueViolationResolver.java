package nl.weerbaar.app.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Recognises PostgreSQL's unique violation (SQL state 23505; its vendor error code is 0, which Axon's
 * error-code resolver misses). Axon then reports a lost race on an aggregate as a concurrency
 * failure, which the command gateway retries, instead of a storage error.
 */
class UniqueViolationResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
