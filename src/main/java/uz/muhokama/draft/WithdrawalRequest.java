package uz.muhokama.draft;

/** Why the agency withdraws its draft; shown to the public. */
public record WithdrawalRequest(String reason) {}
