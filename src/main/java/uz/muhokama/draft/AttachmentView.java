package uz.muhokama.draft;

/** An attachment as listed on a draft; {@code url} downloads it. */
public record AttachmentView(long id, String fileName, String mediaType, long size, String sha256, String url) {}
