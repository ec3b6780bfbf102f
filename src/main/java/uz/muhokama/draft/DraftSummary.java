package uz.muhokama.draft;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import uz.muhokama.reference.ReferenceItem;

/** A draft in a list: enough to recognise it and see where its discussion stands. */
@JsonbPropertyOrder({"number", "title", "status", "sector", "actType", "agency", "opensAt", "closesAt", "publishedAt"})
public record DraftSummary(
        String number,
        String title,
        DraftStatus status,
        ReferenceItem sector,
        ReferenceItem actType,
        ReferenceItem agency,
        Instant opensAt,
        Instant closesAt,
        Instant publishedAt) {}
