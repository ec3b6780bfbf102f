package uz.muhokama.platform.claim;

/** An entity that is a row of queued work: its {@code id} and its embedded {@link Claim} (attribute {@code claim}). */
public interface Claimable {

    Claim claim();
}
