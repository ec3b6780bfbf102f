package uz.muhokama.platform.error;

/** One rejected input field: its name as the caller sent it, and the message key saying why. */
public record FieldError(String field, String messageKey, Object... args) {}
