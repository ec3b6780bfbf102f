/**
 * Reference data: the sectors, act types, regions and drafting agencies that drafts and accounts refer
 * to by stable code. Loaded by database migrations from the domain brief, named in uz, uz-Cyrl, ru and en, read-only
 * at run time. API for other features: {@link uz.muhokama.reference.ReferenceCatalog} and its
 * {@link uz.muhokama.reference.ReferenceItem} records. Publishes and consumes no events.
 */
package uz.muhokama.reference;
