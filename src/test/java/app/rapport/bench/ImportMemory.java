package app.rapport.bench;

import app.rapport.domain.sheet.RawTable;
import app.rapport.exchange.TableFiles;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How much memory reading a large CSV for import takes: {@code java -cp … app.rapport.bench.ImportMemory [ROWS]}
 * (default 1,000,000 rows of {@link SyntheticContacts}, about 175 MB). Prints the file's size, the time, the peak
 * heap while reading, the heap the read table keeps, and the process's peak resident size.
 */
public final class ImportMemory {

    private ImportMemory() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Files.createTempDirectory("rapport-import-memory");
        Path file = folder.resolve("contacts.csv");
        try {
            SyntheticContacts.writeCsv(file, rows, 20261202L);
            settle();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            RawTable table = TableFiles.read(file, TableFiles.Options.DETECT).table();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            settle();
            long kept = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            print("rows", table.rows().size(), "rows");
            print("file", Files.size(file) >> 20, "MB");
            print("max_heap", Runtime.getRuntime().maxMemory() >> 20, "MB");
            print("read_time", millis, "ms");
            print("read_peak_heap", peak >> 20, "MB");
            print("table_heap", kept >> 20, "MB");
            print("peak_rss", peakResidentKb() >> 10, "MB");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    private static void settle() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
    }

    /** VmHWM from /proc (Linux); 0 elsewhere. */
    private static long peakResidentKb() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0);
    }

    private static void print(String name, long value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH import_%s %d %s", name, value, unit));
    }
}
