package uz.muhokama.opendata;

/**
 * A column of a resource as its Table Schema describes it: name, Frictionless type ({@code string},
 * {@code integer}, {@code number}, {@code boolean}, {@code date}, {@code datetime}), whether every row
 * has a value, and what it means.
 */
public record Field(String name, String type, boolean required, String description) {

    static Field text(String name, boolean required, String description) {
        return new Field(name, "string", required, description);
    }

    static Field integer(String name, boolean required, String description) {
        return new Field(name, "integer", required, description);
    }

    static Field number(String name, String description) {
        return new Field(name, "number", false, description);
    }

    static Field dateTime(String name, boolean required, String description) {
        return new Field(name, "datetime", required, description);
    }

    static Field date(String name, boolean required, String description) {
        return new Field(name, "date", required, description);
    }
}
