package uz.muhokama.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One searchable word of one draft (see {@link uz.muhokama.platform.i18n.SearchText#terms}). */
@Entity
@Table(name = "draft_term")
@IdClass(DraftTerm.Key.class)
class DraftTerm {

    @Id
    @Column(name = "term")
    private String term;

    @Id
    @Column(name = "draft_id")
    private long draftId;

    protected DraftTerm() {}

    DraftTerm(String term, long draftId) {
        this.term = term;
        this.draftId = draftId;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String term;
        public long draftId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.draftId == draftId && Objects.equals(k.term, term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(term, draftId);
        }
    }
}
