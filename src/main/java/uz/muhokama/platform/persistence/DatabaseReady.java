package uz.muhokama.platform.persistence;

/** Fired once at start-up after the schema is migrated: the moment features may seed data. */
public record DatabaseReady(String databaseProduct) {}
