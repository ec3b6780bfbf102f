package uz.muhokama.report;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.time.PortalTimeZone;

/**
 * The delivery folder ({@code muhokama.reports.folder}; {@code reports/} at the project's root under
 * the README's run command). A report is written to {@code .work/} under a name of its own, moved
 * into place as {@code .work/report-<id>.xlsx} when complete, and then delivered as
 * {@code <agency code>/<draft number>-<closing date>.xlsx}; every move is atomic, so a reader never
 * sees half a file and a second attempt replaces the first instead of adding a copy. With several
 * instances the folder must be one shared volume: the inbox serves the files from it.
 */
@ApplicationScoped
class ReportFolder {

    @Inject
    @ConfigProperty(name = "muhokama.reports.folder", defaultValue = "reports")
    String folder;

    @Inject
    PortalTimeZone timeZone;

    private Path root;

    @PostConstruct
    void resolve() {
        root = Path.of(folder).toAbsolutePath().normalize();
    }

    /** A workbook being written: its stream, and once closed its size and SHA-256. */
    final class PartFile implements AutoCloseable {
        private final Path file;
        private final MessageDigest digest;
        private final CountingStream out;

        private PartFile(Path file) throws IOException {
            this.file = file;
            this.digest = sha256();
            this.out = new CountingStream(new DigestOutputStream(Files.newOutputStream(file), digest));
        }

        OutputStream out() {
            return out;
        }

        long bytes() {
            return out.count;
        }

        String sha256Hex() {
            return HexFormat.of().formatHex(digest.digest());
        }

        /** Closes the stream and moves the complete file to where the forwarding steps find it. */
        void complete(long reportId) throws IOException {
            out.close();
            move(file, workFile(reportId));
        }

        @Override
        public void close() throws IOException {
            out.close();
            Files.deleteIfExists(file);
        }
    }

    PartFile start(long reportId) throws IOException {
        Files.createDirectories(root.resolve(".work"));
        return new PartFile(root.resolve(".work").resolve("report-" + reportId + "-" + UUID.randomUUID() + ".part"));
    }

    Path workFile(long reportId) {
        return root.resolve(".work").resolve("report-" + reportId + ".xlsx");
    }

    /** Where a report is delivered, relative to the folder: {@code <agency>/<number>-<yyyy-MM-dd>.xlsx}. */
    String deliveredPath(Report report) {
        LocalDate closed = LocalDate.ofInstant(report.closedAt(), timeZone.zone());
        return safe(report.agencyCode()) + "/" + safe(report.draftNumber()) + "-" + closed + ".xlsx";
    }

    /**
     * Step 1: the complete workbook into its place. Done already (a retry after a crash between the move
     * and its record) when the work file is gone and the delivered file has the report's checksum.
     */
    String deliver(Report report) throws IOException {
        String relative = deliveredPath(report);
        Path target = root.resolve(relative);
        Path work = workFile(report.id());
        if (Files.exists(work)) {
            Files.createDirectories(target.getParent());
            move(work, target);
        } else if (!Files.exists(target) || !report.fileSha256().equals(sha256Of(target))) {
            throw new IOException("The generated workbook " + work + " is missing; the report must be generated again");
        }
        return relative;
    }

    /** Step 2's check: the delivered file is there, whole, as generated. */
    void verify(Report report) throws IOException {
        Path file = file(report).orElseThrow(() -> new IOException("The report has not been written to the folder"));
        if (!Files.isReadable(file) || Files.size(file) != report.fileBytes()) {
            throw new IOException("The delivered workbook " + file + " is missing or incomplete");
        }
    }

    Optional<Path> file(Report report) {
        return report.filePath().map(root::resolve).map(Path::normalize).filter(p -> p.startsWith(root));
    }

    InputStream open(Report report) throws IOException {
        return Files.newInputStream(file(report).orElseThrow(() -> new IOException("No file")));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String sha256Of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    /** Codes and numbers are [a-z0-9-] already; anything else never reaches a path. */
    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
