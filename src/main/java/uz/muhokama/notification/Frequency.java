package uz.muhokama.notification;

/** How often a person hears of one {@link Topic} by e-mail (the portal's notifications page shows everything). */
public enum Frequency {
    /** One e-mail per item, as it happens (within the daily limit; the rest wait for the next daily digest). */
    INSTANT,
    /** One e-mail a day at the person's digest hour, Tashkent time, with everything since the last. */
    DAILY,
    /** One e-mail a week, on the person's digest day and hour. */
    WEEKLY,
    /** No e-mail. */
    NEVER
}
