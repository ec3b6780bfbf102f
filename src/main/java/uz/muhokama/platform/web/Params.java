package uz.muhokama.platform.web;

import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.ResourceNotFound;

/** Parses typed query and path parameters by hand, so that a malformed one is a localized 400, not a 404. */
public final class Params {

    private Params() {}

    public static int integer(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "validation.number-invalid");
        }
    }

    /** A page number from a page's link: anything unreadable or below 1 is the first page. */
    public static int page(String value) {
        try {
            return Math.max(1, Integer.parseInt(value == null ? "1" : value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public static long id(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new ResourceNotFound();
        }
    }
}
