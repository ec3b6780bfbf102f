package uz.muhokama.draft;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The text of a draft at one moment: its clauses in order. Published versions are never changed. */
@Entity
@Table(name = "draft_version")
class DraftVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false)
    private long draftId;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "change_note")
    private String changeNote;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<Clause> clauses = new ArrayList<>();

    protected DraftVersion() {}

    DraftVersion(long draftId, int number, Instant createdAt, String changeNote) {
        this.draftId = draftId;
        this.number = number;
        this.createdAt = createdAt;
        this.changeNote = changeNote;
    }

    /**
     * Sets the clauses from the editor's input. A clause sent with the key of a clause in
     * {@code previous} keeps that identity; any other clause gets a new key.
     */
    void writeClauses(List<ClauseInput> inputs, List<Clause> previous) {
        List<String> knownKeys = previous.stream().map(Clause::key).toList();
        clauses.clear();
        int position = 0;
        for (ClauseInput input : inputs) {
            String key = input.key() != null && knownKeys.contains(input.key())
                    ? input.key()
                    : UUID.randomUUID().toString();
            String[] heading = DraftTexts.filed(input.heading(), input.headingCyrl());
            String[] text = DraftTexts.filed(input.text(), input.textCyrl());
            clauses.add(new Clause(this, key, ++position, input.number().trim(), heading, text));
        }
    }

    /** Drops every clause (orphans, deleted at the next flush), before an unpublished version is written anew. */
    void removeClauses() {
        clauses.clear();
    }

    public int number() {
        return number;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String changeNote() {
        return changeNote;
    }

    public List<Clause> clauses() {
        // Ordered here rather than by @OrderBy: a Derby sort per view cost more than the query itself.
        return clauses.stream()
                .sorted(Comparator.comparingInt(Clause::position))
                .toList();
    }
}
