package nl.weerbaar.app.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The work behind a workload, read before and after it: the database's commits and rows written (its
 * own statistics), and the processor time of the application (this process minus the benchmark's
 * clients) and of the database's processes. Divided by the operations, it shows what one report costs
 * beyond what the limit pays for one insert.
 */
record Work(long commits, long rowsWritten, long appCpuNanos, long databaseCpuNanos) {

    /** Linux counts process time in clock ticks, normally 100 a second. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    static Work now(JdbcTemplate jdbc) {
        // the statistics reach the view with a delay of up to half a second (PostgreSQL 14's collector)
        try {
            Thread.sleep(700);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        jdbc.execute("SELECT pg_stat_clear_snapshot()");
        long[] database = jdbc.queryForObject("""
                SELECT xact_commit, tup_inserted + tup_updated + tup_deleted, pg_backend_pid() FROM pg_stat_database
                WHERE datname = current_database()""", (row, n) -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3)});
        long appCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() - Load.clientCpuNanos();
        return new Work(database[0], database[1], appCpu, databaseCpuNanos(database[2]));
    }

    String per(Work before, int operations) {
        return String.format("%.1f commits, %.1f rows written; processor time %.2f ms in the app, %.2f ms in the database",
                (commits - before.commits) / (double) operations, (rowsWritten - before.rowsWritten) / (double) operations,
                (appCpuNanos - before.appCpuNanos) / 1e6 / operations,
                (databaseCpuNanos - before.databaseCpuNanos) / 1e6 / operations);
    }

    /** The postmaster (parent of this connection's backend), its children and its finished children. */
    private static long databaseCpuNanos(long backendPid) {
        try {
            long postmaster = Long.parseLong(stat(backendPid)[3]);
            String[] main = stat(postmaster);
            long ticks = Long.parseLong(main[13]) + Long.parseLong(main[14]) + Long.parseLong(main[15])
                    + Long.parseLong(main[16]);
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String[] fields = statOrNull(process);
                    if (fields != null && Long.parseLong(fields[3]) == postmaster) {
                        ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                    }
                }
            }
            return ticks * NANOS_PER_TICK;
        } catch (IOException | RuntimeException unavailable) {
            return 0; // not Linux, or the database runs elsewhere: no figure rather than a wrong one
        }
    }

    /** The fields of /proc/pid/stat after the command name (which may contain spaces), numbered from 0 = pid. */
    private static String[] stat(long pid) throws IOException {
        String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String after = line.substring(line.lastIndexOf(')') + 2);
        String[] rest = after.split(" ");
        String[] fields = new String[rest.length + 2];
        fields[0] = Long.toString(pid);
        fields[1] = "";
        System.arraycopy(rest, 0, fields, 2, rest.length);
        return fields;
    }

    private static String[] statOrNull(Path process) {
        try {
            return stat(Long.parseLong(process.getFileName().toString()));
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
