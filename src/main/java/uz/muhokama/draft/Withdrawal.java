package uz.muhokama.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.TextRules;

/** When an agency withdrew its draft and why: the reason the public reads in place of the discussion. */
@Embeddable
class Withdrawal {

    /** The reason's column. */
    static final int MAX_REASON = 2000;

    @Column(name = "withdrawn_at")
    private Instant at;

    @Column(name = "withdrawal_reason")
    private String reason;

    protected Withdrawal() {}

    /** A withdrawal for this reason, which is required, plain text and at most {@value #MAX_REASON} characters (400 otherwise). */
    static Withdrawal because(String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "draft.withdraw.reason-required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInput("reason", "draft.withdraw.reason-too-long", MAX_REASON);
        }
        TextRules.require("reason", reason);
        Withdrawal withdrawal = new Withdrawal();
        withdrawal.at = at;
        withdrawal.reason = reason.trim();
        return withdrawal;
    }

    Instant at() {
        return at;
    }

    String reason() {
        return reason;
    }
}
