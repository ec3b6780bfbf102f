package uz.muhokama.bench.report;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The yardstick for the report: a bare SXSSF loop writing as many rows of the same shape (the comments'
 * 15 columns, with texts of the same length, and a proposals sheet of 7 columns) to a file, with no
 * database, no styles and no checks. Arguments: comment rows, results file.
 */
public final class BareSxssfBenchmark {

    private static final String[] WORDS = {"tarif", "soliq", "band", "loyiha", "taklif", "hisobot", "tadbirkor", "xarajat",
            "muddat", "nazorat", "litsenziya", "imtiyoz", "fuqaro", "huquq", "tartib", "xizmat", "=SUM(A1)", "+998", "@bank"};

    private BareSxssfBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Path results = Path.of(args[1]);
        Random random = new Random(1);
        Path file = Files.createTempFile("bare-sxssf-", ".xlsx");
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
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
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        String line = String.format("%n| bare SXSSF loop, %,d comment rows and as many proposal rows (%d MB file) | %.1f s, heap peak %d MB |%n",
                rows, Files.size(file) / (1024 * 1024), seconds, peak);
        Files.writeString(results, line, java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        System.out.print(line);
        Files.deleteIfExists(file);
    }
}
