package nl.weerbaar.app.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs {@code count} operations on {@code clients} threads, each thread doing one at a time (a closed
 * loop, as that many clients would), and measures the throughput and each operation's latency.
 */
final class Load {

    /** One operation; {@code i} is its number, from 0, so operations can work on different data. */
    @FunctionalInterface
    interface Operation {
        void run(int i) throws Exception;
    }

    /** Processor time of the clients, so the application's own can be told from it in this one process. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final AtomicLong CLIENT_CPU_NANOS = new AtomicLong();

    private Load() {
    }

    /** The clients' threads and the HTTP client's own (its selector), so far. */
    static long clientCpuNanos() {
        long httpClient = 0;
        for (java.lang.management.ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("HttpClient-")) {
                httpClient += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return CLIENT_CPU_NANOS.get() + httpClient;
    }

    static Figures run(String workload, String variant, int clients, int count, Operation operation)
            throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    long cpuBefore = THREADS.getCurrentThreadCpuTime();
                    try {
                        runClient(count, next, latencies, operation);
                    } finally {
                        CLIENT_CPU_NANOS.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuBefore);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        return new Figures(workload, variant, clients, count, seconds, count / seconds,
                percentile(latencies, 0.50), percentile(latencies, 0.99));
    }

    private static void runClient(int count, AtomicInteger next, long[] latencies, Operation operation)
            throws Exception {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            long before = System.nanoTime();
            operation.run(i);
            latencies[i] = System.nanoTime() - before;
        }
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }
}
