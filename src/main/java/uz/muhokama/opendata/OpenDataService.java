package uz.muhokama.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uz.muhokama.draft.DraftFacts;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceList;
import uz.muhokama.stats.StatsPeriod;
import uz.muhokama.stats.StatsService;

/** The open data as pages and the API offer it: the packages made, their files, and every resource streamed with filters. */
@ApplicationScoped
class OpenDataService {

    /** Files of a package: a resource's CSV, the descriptor, or the ZIP; nothing else is ever served from the folder. */
    private static final Pattern FILE =
            Pattern.compile("[a-z_]{1,40}\\.csv|datapackage\\.json|muhokama-open-data-[0-9-]{10}\\.zip");

    static final String CSV = "csv";
    static final String JSON_LINES = "jsonl";

    @Inject
    PackageRepository packages;

    @Inject
    OpenDataJob job;

    @Inject
    Datasets datasets;

    @Inject
    DraftFacts drafts;

    @Inject
    ReferenceCatalog reference;

    @Inject
    StatsService stats;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** One file of a package as listed. */
    @JsonbPropertyOrder({"name", "rows", "bytes", "sha256", "href"})
    public record FileView(String name, Long rows, Long bytes, String sha256, String href) {}

    /** One package made. */
    @JsonbPropertyOrder({"id", "generatedAt", "licence", "descriptor", "zip", "zipBytes", "files"})
    public record PackageView(
            long id,
            Instant generatedAt,
            String licence,
            String descriptor,
            String zip,
            long zipBytes,
            List<FileView> files) {}

    /** One resource and how to take it. */
    @JsonbPropertyOrder({"name", "title", "description", "filters", "fields", "csv", "jsonLines"})
    public record DatasetView(
            String name,
            String title,
            String description,
            List<String> filters,
            List<Field> fields,
            String csv,
            String jsonLines) {}

    /** The latest package, the earlier ones kept, and every resource. */
    @JsonbPropertyOrder({"latest", "earlier", "resources"})
    public record Catalogue(PackageView latest, List<PackageView> earlier, List<DatasetView> resources) {}

    public Catalogue catalogue() {
        List<PackageView> ready =
                packages.done(20).stream().map(OpenDataService::view).toList();
        List<DatasetView> resources = datasets.all().stream()
                .map(d -> new DatasetView(
                        d.name(),
                        d.title(),
                        d.description(),
                        d.filters(),
                        d.fields(),
                        "/api/v1/open-data/resources/" + d.name() + "?format=csv",
                        "/api/v1/open-data/resources/" + d.name() + "?format=jsonl"))
                .toList();
        return new Catalogue(
                ready.isEmpty() ? null : ready.get(0),
                ready.size() > 1 ? ready.subList(1, ready.size()) : List.of(),
                resources);
    }

    private static PackageView view(PackageRepository.Stored stored) {
        JsonObject manifest =
                Json.createReader(new StringReader(stored.manifest())).readObject();
        String base = "/api/v1/open-data/packages/" + stored.id() + "/";
        List<FileView> files = new ArrayList<>();
        manifest.getJsonObject("resources").forEach((name, value) -> {
            JsonObject file = value.asJsonObject();
            files.add(new FileView(
                    name + ".csv",
                    file.getJsonNumber("rows").longValue(),
                    file.getJsonNumber("bytes").longValue(),
                    file.getString("sha256"),
                    base + name + ".csv"));
        });
        return new PackageView(
                stored.id(),
                stored.generatedAt(),
                PackageBuilder.LICENCE,
                base + PackageBuilder.DESCRIPTOR,
                base + manifest.getString("zip"),
                stored.zipBytes() == null ? 0 : stored.zipBytes(),
                files);
    }

    /** A file of a ready package ({@code latest} or its number); 404 for anything else. */
    public Path file(String packageId, String name) {
        if (name == null || !FILE.matcher(name).matches()) {
            throw new ResourceNotFound();
        }
        Optional<PackageRepository.Stored> stored = "latest".equals(packageId)
                ? packages.done(1).stream().findFirst()
                : parseId(packageId).flatMap(packages::byId).filter(p -> PackageRepository.DONE.equals(p.state()));
        Path file = stored.map(p -> job.root().resolve(p.folder()).resolve(name))
                .filter(Files::isRegularFile)
                .orElseThrow(ResourceNotFound::new);
        if (!file.normalize().startsWith(job.root())) {
            throw new ResourceNotFound();
        }
        return file;
    }

    /** The ready package a {@code latest} or number names, for its tag. */
    public long packageNumber(String packageId) {
        return ("latest".equals(packageId)
                        ? packages.done(1).stream().findFirst()
                        : parseId(packageId).flatMap(packages::byId))
                .map(PackageRepository.Stored::id)
                .orElseThrow(ResourceNotFound::new);
    }

    private static Optional<Long> parseId(String id) {
        return id != null && id.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    /** The resource named, or 404. */
    public Dataset dataset(String name) {
        return datasets.named(name).orElseThrow(ResourceNotFound::new);
    }

    /** Checks an export's filters and format before anything is streamed: 400 naming each bad one. */
    public ExportQuery query(
            Dataset dataset,
            String format,
            String from,
            String to,
            String sector,
            String agency,
            String draft,
            String region) {
        List<FieldError> errors = new ArrayList<>();
        if (format != null && !CSV.equals(format) && !JSON_LINES.equals(format)) {
            errors.add(new FieldError("format", "opendata.filter.format"));
        }
        if (sector != null && !reference.exists(ReferenceList.SECTORS, sector)) {
            errors.add(new FieldError("sector", "opendata.filter.unknown-sector"));
        }
        if (agency != null && !reference.exists(ReferenceList.AGENCIES, agency)) {
            errors.add(new FieldError("agency", "opendata.filter.unknown-agency"));
        }
        if (region != null && !reference.exists(ReferenceList.REGIONS, region)) {
            errors.add(new FieldError("region", "opendata.filter.unknown-region"));
        }
        Long draftId = null;
        if (draft != null) {
            draftId = drafts.publicDraftId(draft).orElse(null);
            if (draftId == null) {
                errors.add(new FieldError("draft", "opendata.filter.unknown-draft"));
            }
        }
        StatsPeriod period = null;
        try {
            period = from == null && to == null ? null : stats.period(from, to);
        } catch (InvalidInput e) {
            errors.addAll(e.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ExportQuery query = new ExportQuery(period, sector, agency, draftId, region);
        query.requireTakenBy(dataset);
        return query;
    }

    /** Streams every row the query lets through; memory stays flat however many. */
    public void export(Dataset dataset, ExportQuery query, String format, OutputStream out) {
        TableWriters.RowWriter writer = JSON_LINES.equals(format)
                ? TableWriters.jsonLines(out, dataset.fields())
                : TableWriters.csv(out, dataset.fields());
        datasets.walk(dataset, query, writer::row);
        writer.finish();
    }

    /** Administrators: make a package now, whatever the schedule says. */
    public OpenDataJob.Run makeNow() {
        caller.requireAny(Role.ADMIN);
        return job.runSlot("manual-" + clock.instant());
    }
}
