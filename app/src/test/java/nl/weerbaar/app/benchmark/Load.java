package nl.weerbaar.app.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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

    private Load() {
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
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long before = System.nanoTime();
                        operation.run(i);
                        latencies[i] = System.nanoTime() - before;
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

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }
}
