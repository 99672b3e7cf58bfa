package nl.weerbaar.app.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database did for a workload, from its own statistics: commits and rows written. Divided by
 * the operations, it shows the cost of one report that the limit does not pay (projections, tokens).
 */
record DatabaseWork(long commits, long rowsWritten) {

    static DatabaseWork now(JdbcTemplate jdbc) {
        // the statistics reach the view with a delay of up to half a second (PostgreSQL 14's collector)
        try {
            Thread.sleep(700);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        jdbc.execute("SELECT pg_stat_clear_snapshot()");
        return jdbc.queryForObject("""
                SELECT xact_commit, tup_inserted + tup_updated + tup_deleted FROM pg_stat_database
                WHERE datname = current_database()""", (row, n) -> new DatabaseWork(row.getLong(1), row.getLong(2)));
    }

    String per(DatabaseWork before, int operations) {
        return String.format("%.1f commits, %.1f rows written", (commits - before.commits) / (double) operations,
                (rowsWritten - before.rowsWritten) / (double) operations);
    }
}
