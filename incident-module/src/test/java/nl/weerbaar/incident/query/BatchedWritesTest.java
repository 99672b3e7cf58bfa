package nl.weerbaar.incident.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.weerbaar.testing.ModuleDatabase;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes gathered over a batch arrive as if sent one by one, in order per row. */
@ExtendWith(ModuleDatabase.class)
class BatchedWritesTest {

    private static final String INSERT = "INSERT INTO batched_writes_test (id, value) VALUES (?, ?)";
    private static final String APPEND = "UPDATE batched_writes_test SET value = value || ? WHERE id = ?";

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    BatchedWritesTest(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc, "test");
    }

    @BeforeEach
    void table() {
        jdbc.execute("CREATE TABLE batched_writes_test (id INT PRIMARY KEY, value TEXT NOT NULL)");
    }

    @AfterEach
    void dropTable() {
        jdbc.execute("DROP TABLE batched_writes_test");
    }

    @Test
    void theWritesOfABatchAreSentAtItsCommitInTheOrderGivenForEachRow() {
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        writes.update(1, INSERT, 1, "a");
        writes.update(2, INSERT, 2, "x");
        writes.update(1, APPEND, "b", 1);
        writes.update(3, INSERT, 3, "p");
        writes.update(1, APPEND, "c", 1);
        writes.update(2, APPEND, "y", 2);
        assertThat(rows()).as("nothing sent before the commit").isEmpty();

        batch.commit();

        assertThat(rows()).containsExactly("1=abc", "2=xy", "3=p");
    }

    @Test
    void outsideABatchAWriteIsSentAtOnce() {
        writes.update(1, INSERT, 1, "a");

        assertThat(rows()).containsExactly("1=a");
    }

    private List<String> rows() {
        return jdbc.queryForList("SELECT id || '=' || value FROM batched_writes_test ORDER BY id", String.class);
    }
}
