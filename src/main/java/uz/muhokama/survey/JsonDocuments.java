package uz.muhokama.survey;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider the survey feature builds and reads its documents with. {@code Json.createX}
 * looks the provider up again on every call, and on Liberty that lookup goes through the OSGi class
 * loader and fails its way to the answer: it was about a third of the CPU of a results request that
 * writes a page of experts' answers (JFR, docs/benchmarks.md).
 */
final class JsonDocuments {

    static final JsonProvider JSON = JsonProvider.provider();

    private JsonDocuments() {}
}
