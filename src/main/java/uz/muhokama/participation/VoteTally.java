package uz.muhokama.participation;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A draft's public vote counts, and the asking person's own vote if they voted. */
@JsonbPropertyOrder({"support", "oppose", "mine"})
public record VoteTally(long support, long oppose, String mine) {}
