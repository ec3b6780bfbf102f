package uz.muhokama.reference;

import java.time.LocalDate;

/** How many people live in a region, as of which day, by whose count (loaded by migration from the national statistics). */
public record Population(long residents, LocalDate asOf, String source) {}
