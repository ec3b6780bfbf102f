package uz.muhokama.platform.web;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/**
 * A value with a lower-case code that URLs, JSON, message keys and page classes use ("summary-published"),
 * while Java compares the constant. An enum that is coded says so with
 * {@code @JsonbTypeSerializer(Coded.AsCode.class)}, and its {@code toString()} returns the code so that
 * templates print it as it is ({@code 'status.' + ${draft.status()}}).
 */
public interface Coded {

    String code();

    /** Writes a coded value as its code in JSON (JSON-B would write the constant's name). */
    final class AsCode implements JsonbSerializer<Coded> {
        @Override
        public void serialize(Coded value, JsonGenerator generator, SerializationContext context) {
            generator.write(value.code());
        }
    }
}
