package uz.muhokama.reference;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

/** An entry of a reference list as callers see it: the code, the name in their language, all names. */
@JsonbPropertyOrder({"code", "name", "names"})
public record ReferenceItem(String code, String name, Map<String, String> names) {}
