package uz.muhokama.account;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import uz.muhokama.reference.ReferenceItem;

/** An account as its owner and administrators see it; never the password hash. */
@JsonbPropertyOrder({"id", "email", "fullName", "region", "language", "roles", "agency", "createdAt"})
public record AccountView(
        long id,
        String email,
        String fullName,
        ReferenceItem region,
        String language,
        List<String> roles,
        ReferenceItem agency,
        Instant createdAt) {}
