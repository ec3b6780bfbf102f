package uz.muhokama.account;

/**
 * A part of the signed-in person's profile page contributed by a later feature (an application to be
 * an expert, say), so that the account feature can show it without depending on that feature. The
 * template includes the section's fragment by {@link #name()} and hands it the model returned here.
 */
public interface ProfileSection {

    String name();

    /** The section's model for the signed-in person's profile, or null to show nothing. */
    Object model(long accountId);
}
