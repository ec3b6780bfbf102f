package uz.muhokama.bench.report;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The yardstick for the report: a bare SXSSF loop writing as many rows of the same shape (the comments'
 * 15 columns, with texts of the same length, and a proposals sheet of 7 columns) to a file, with no
 * database, no styles and no checks. A JMH benchmark of one cold shot in a JVM of its own with
 * {@code -Xmx256m}, as the report is written once by a server that has not written one before; its
 * heap peak is read in that JVM after the shot. {@link #main} runs it and adds its row to the results
 * file. Arguments: comment rows, results file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class BareSxssfBenchmark {

    private static final String[] WORDS = {
        "tarif",
        "soliq",
        "band",
        "loyiha",
        "taklif",
        "hisobot",
        "tadbirkor",
        "xarajat",
        "muddat",
        "nazorat",
        "litsenziya",
        "imtiyoz",
        "fuqaro",
        "huquq",
        "tartib",
        "xizmat",
        "=SUM(A1)",
        "+998",
        "@bank"
    };

    @Param("1000000")
    public int rows;

    private Path file;

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Path results = Path.of(args[1]);
        Path measured = Files.createTempFile("bare-sxssf-", ".txt");
        RunResult run = new Runner(new OptionsBuilder()
                        .include(BareSxssfBenchmark.class.getName() + ".write")
                        .param("rows", String.valueOf(rows))
                        // Prepended: an option's jvmArgsAppend would replace the annotation's -Xmx256m.
                        .jvmArgsPrepend("-Dbench.sxssf.measured=" + measured)
                        .build())
                .runSingle();
        double seconds = run.getPrimaryResult().getScore();
        String[] fileAndPeak = Files.readString(measured).split("\n");
        String line = String.format(
                "%n| bare SXSSF loop, %,d comment rows and as many proposal rows (%s) | %.1f s, heap peak %s |%n",
                rows, fileAndPeak[0], seconds, fileAndPeak[1]);
        Files.writeString(results, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.print(line);
        Files.deleteIfExists(measured);
    }

    @Setup(Level.Iteration)
    public void prepare() throws Exception {
        file = Files.createTempFile("bare-sxssf-", ".xlsx");
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The figures JMH does not take (file size, heap peak), for {@link #main} in the JVM that launched this one. */
    @TearDown(Level.Iteration)
    public void measure() throws Exception {
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum()
                / (1024 * 1024);
        String measured = System.getProperty("bench.sxssf.measured");
        if (measured != null) {
            Files.writeString(Path.of(measured), Files.size(file) / (1024 * 1024) + " MB file\n" + peak + " MB\n");
        }
        Files.deleteIfExists(file);
    }

    @Benchmark
    public void write() throws Exception {
        Random random = new Random(1);
        try (SXSSFWorkbook book = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet comments = book.createSheet("Izohlar");
            SXSSFSheet proposals = book.createSheet("Takliflar");
            LocalDateTime at = LocalDateTime.of(2026, 12, 1, 10, 0);
            for (int r = 0; r < rows; r++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 40; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                Row row = comments.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("3");
                row.createCell(2).setCellValue(false);
                row.createCell(3);
                row.createCell(4).setCellValue("Bench " + r % 20000);
                row.createCell(5).setCellValue("Toshkent shahri");
                row.createCell(6).setCellValue(at);
                row.createCell(7);
                row.createCell(8).setCellValue(0);
                row.createCell(9).setCellValue(text.toString());
                row.createCell(10).setCellValue("koʻrsatilgan");
                row.createCell(11);
                row.createCell(12);
                row.createCell(13);
                row.createCell(14).setCellValue(r);
                Row proposal = proposals.createRow(r);
                proposal.createCell(0).setCellValue(r);
                proposal.createCell(1).setCellValue("3");
                proposal.createCell(2).setCellValue(text.toString());
                proposal.createCell(3).setCellValue(1);
                proposal.createCell(4);
                proposal.createCell(5);
                proposal.createCell(6);
            }
            book.write(out);
        }
    }
}
