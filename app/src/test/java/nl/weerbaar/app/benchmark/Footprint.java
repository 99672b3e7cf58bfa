package nl.weerbaar.app.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory of this process: resident set (now and peak) from Linux, and the heap's peak from the JVM. */
final class Footprint {

    private Footprint() {
    }

    /** A line of /proc/self/status in megabytes, e.g. {@code VmRSS} or {@code VmHWM}; NaN off Linux. */
    static double residentMegabytes(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException unavailable) {
            // not Linux: no figure rather than a wrong one
        }
        return Double.NaN;
    }

    /** Forgets the heap's peak so far, so the next {@link #peakHeapMegabytes()} is of what follows. */
    static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    static double peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }

    static double maxHeapMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
    }
}
