package uz.muhokama.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one whole data package into a folder: a CSV per resource (counting its rows and bytes and
 * hashing it as it goes), {@code datapackage.json} describing them (Table Schema, licence, when it was
 * made, each resource's rows, bytes and SHA-256), and the same files as one ZIP.
 */
@ApplicationScoped
class PackageBuilder {

    static final String DESCRIPTOR = "datapackage.json";
    static final String LICENCE = "CC-BY-4.0";

    @Inject
    Datasets datasets;

    /** What one resource's file came to. */
    record Written(String name, long rows, long bytes, String sha256) {}

    /** Everything the package holds, once written. */
    record Built(List<Written> resources, String zipName, long zipBytes) {}

    Built build(Path folder, Instant generatedAt, String title, Runnable stillAlive) throws IOException {
        Files.createDirectories(folder);
        List<Written> written = new ArrayList<>();
        for (Dataset dataset : datasets.all()) {
            written.add(writeCsv(folder.resolve(dataset.name() + ".csv"), dataset));
            stillAlive.run();
        }
        JsonObject descriptor = descriptor(generatedAt, title, written);
        JsonWriterFactory pretty = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (OutputStream out = Files.newOutputStream(folder.resolve(DESCRIPTOR))) {
            pretty.createWriter(out).writeObject(descriptor);
        }
        String zipName = "muhokama-open-data-" + generatedAt.toString().substring(0, 10) + ".zip";
        Path zip = folder.resolve(zipName);
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
            addToZip(out, folder.resolve(DESCRIPTOR), DESCRIPTOR);
            for (Written w : written) {
                addToZip(out, folder.resolve(w.name() + ".csv"), w.name() + ".csv");
                stillAlive.run();
            }
        }
        return new Built(written, zipName, Files.size(zip));
    }

    private Written writeCsv(Path file, Dataset dataset) throws IOException {
        MessageDigest sha256 = sha256();
        long rows;
        try (OutputStream out =
                new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), sha256)) {
            TableWriters.RowWriter csv = TableWriters.csv(out, dataset.fields());
            rows = datasets.walk(dataset, ExportQuery.ALL, csv::row);
            csv.finish();
        }
        return new Written(
                dataset.name(), rows, Files.size(file), HexFormat.of().formatHex(sha256.digest()));
    }

    /** The Frictionless descriptor (Tabular Data Package profile). */
    JsonObject descriptor(Instant generatedAt, String title, List<Written> written) {
        JsonArrayBuilder resources = Json.createArrayBuilder();
        for (Written w : written) {
            Dataset dataset = datasets.named(w.name()).orElseThrow();
            JsonArrayBuilder fields = Json.createArrayBuilder();
            List<String> required = new ArrayList<>();
            for (Field f : dataset.fields()) {
                JsonObjectBuilder field = Json.createObjectBuilder()
                        .add("name", f.name())
                        .add("type", f.type())
                        .add("description", f.description());
                if (f.required()) {
                    field.add("constraints", Json.createObjectBuilder().add("required", true));
                    required.add(f.name());
                }
                fields.add(field);
            }
            resources.add(Json.createObjectBuilder()
                    .add("profile", "tabular-data-resource")
                    .add("name", w.name())
                    .add("path", w.name() + ".csv")
                    .add("title", dataset.title())
                    .add("description", dataset.description())
                    .add("format", "csv")
                    .add("mediatype", "text/csv")
                    .add("encoding", "utf-8")
                    .add("bytes", w.bytes())
                    .add("hash", "sha256:" + w.sha256())
                    .add(
                            "dialect",
                            Json.createObjectBuilder()
                                    .add("delimiter", ",")
                                    .add("lineTerminator", "\r\n")
                                    .add("quoteChar", "\"")
                                    .add("doubleQuote", true)
                                    .add("header", true))
                    .add(
                            "schema",
                            Json.createObjectBuilder()
                                    .add("fields", fields)
                                    .add(
                                            "missingValues",
                                            Json.createArrayBuilder().add("")))
                    .add(
                            "stats",
                            Json.createObjectBuilder()
                                    .add("rows", w.rows())
                                    .add("bytes", w.bytes())
                                    .add("hash", w.sha256())));
        }
        return Json.createObjectBuilder()
                .add("profile", "tabular-data-package")
                .add("name", "muhokama-open-data")
                .add("id", "muhokama-open-data-" + generatedAt)
                .add("title", title)
                .add(
                        "description",
                        "Everything public on Muhokama, the portal for the public discussion of draft normative legal acts: "
                                + "drafts, their versions and clauses, discussions, comments (authors as pseudonyms), votes, survey and "
                                + "expertise counts, decisions on proposals, published summaries, statistics and the reference lists.")
                .add("created", generatedAt.toString())
                .add(
                        "licenses",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", LICENCE)
                                        .add("path", "https://creativecommons.org/licenses/by/4.0/")
                                        .add("title", "Creative Commons Attribution 4.0")))
                .add("resources", resources)
                .build();
    }

    private static void addToZip(ZipOutputStream zip, Path file, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
