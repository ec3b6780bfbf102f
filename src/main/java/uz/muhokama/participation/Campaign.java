package uz.muhokama.participation;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A group of identical or near-identical comments on one draft: one sample text and how many carry it. */
@JsonbPropertyOrder({"sampleCommentId", "text", "comments", "variants"})
public record Campaign(long sampleCommentId, String text, long comments, int variants) {}
