package nl.weerbaar.app.axon;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transactions of the projections commit without waiting for the disk (PostgreSQL's asynchronous
 * commit). A projection's rows and its token commit together, so a crash of the database can lose only
 * the last few of these transactions, each as a whole, and the processor then handles those events again:
 * nothing is lost that the event store cannot give back. Otherwise each report waited for one flush of
 * the write-ahead log per projection that handled it, besides its own; the report's own commit (the
 * command's transaction, which does not come here) still waits, because an acknowledged report must be on
 * disk. Visibility is not delayed: another session sees a committed row at once.
 */
final class AsynchronousCommits implements TransactionManager {

    private final TransactionManager delegate;
    private final JdbcTemplate jdbc;

    AsynchronousCommits(TransactionManager delegate, JdbcTemplate jdbc) {
        this.delegate = delegate;
        this.jdbc = jdbc;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try {
            // LOCAL: until this transaction ends (the processors' threads never run inside a command's)
            jdbc.execute("SET LOCAL synchronous_commit TO OFF");
        } catch (RuntimeException failed) {
            transaction.rollback();
            throw failed;
        }
        return transaction;
    }
}
