package uz.muhokama.opendata;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import uz.muhokama.platform.claim.Claim;
import uz.muhokama.platform.claim.Claimable;

/**
 * One data package, the work of one slot ({@code scheduled-2026-12-07T03:00}): claimed through the
 * portal's one claim mechanism, made, and later removed when newer packages replace it. The unique slot
 * makes every instance that looks insert the same row once.
 */
@Entity
@Table(name = "opendata_package")
class DataPackage implements Claimable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slot", nullable = false, updatable = false)
    private String slot;

    @Embedded
    private Claim claim;

    @Column(name = "generated_at")
    private Instant generatedAt;

    /** The package's folder under {@code open-data/}, named by its id. */
    @Column(name = "folder")
    private String folder;

    @Column(name = "zip_bytes")
    private Long zipBytes;

    /** Which files it holds and their rows, bytes and hashes (JSON), for pages that must not open the folder. */
    @Column(name = "manifest")
    private String manifest;

    /** When its folder was deleted to keep only the newest few; it is listed no more. */
    @Column(name = "removed_at")
    private Instant removedAt;

    protected DataPackage() {}

    /** The slot's package, to be made at once. */
    static DataPackage due(String slot, Instant now) {
        DataPackage made = new DataPackage();
        made.slot = Objects.requireNonNull(slot);
        made.claim = Claim.pending(now);
        return made;
    }

    /** Made by the claim's holder: its folder is in place; from now on pages and the API show it. */
    void made(String by, Instant generatedAt, String folder, long zipBytes, String manifest, Instant now) {
        claim.succeed(by, now);
        this.generatedAt = generatedAt;
        this.folder = folder;
        this.zipBytes = zipBytes;
        this.manifest = manifest;
    }

    /** Its folder was deleted; only a package that was made can be. */
    void removed(Instant now) {
        if (claim.state() != Claim.State.DONE || removedAt != null) {
            throw new IllegalStateException("Package " + id + " is not a listed one");
        }
        removedAt = now;
    }

    Long id() {
        return id;
    }

    String slot() {
        return slot;
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    @Override
    public Claim claim() {
        return claim;
    }
}
