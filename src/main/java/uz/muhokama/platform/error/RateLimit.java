package uz.muhokama.platform.error;

/**
 * One quota a caller ran out of, as the IETF rate-limit header fields say it
 * (draft-ietf-httpapi-ratelimit-headers): {@code RateLimit-Policy: "comments";q=10;w=60} names the policy,
 * its quota and its window in seconds; {@code RateLimit: "comments";r=0;t=42} what is left of it and the
 * seconds until that changes. Stated on every 429 together with {@code Retry-After}, so a client learns
 * the rule it broke as well as how long to wait.
 *
 * @param policy a short name, stable for programs ({@code comments}, {@code flags}, {@code sign-in}, …)
 * @param quota how many a caller may make within the window
 * @param windowSeconds the window
 * @param remaining how many are left now
 * @param resetSeconds seconds until some of the quota comes back (at least one)
 */
public record RateLimit(String policy, long quota, long windowSeconds, long remaining, long resetSeconds) {

    public static final String POLICY_HEADER = "RateLimit-Policy";
    public static final String HEADER = "RateLimit";

    public RateLimit {
        if (policy == null || !policy.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("A policy name is lower-case letters, digits and '-': " + policy);
        }
        remaining = Math.max(0, remaining);
        resetSeconds = Math.max(1, resetSeconds);
    }

    /** The quota used up: nothing remains until {@code resetSeconds} from now. */
    public static RateLimit exhausted(String policy, long quota, long windowSeconds, long resetSeconds) {
        return new RateLimit(policy, quota, windowSeconds, 0, resetSeconds);
    }

    /** The {@code RateLimit-Policy} field value (a structured-field list of one item). */
    public String policyField() {
        return "\"" + policy + "\";q=" + quota + ";w=" + windowSeconds;
    }

    /** The {@code RateLimit} field value. */
    public String limitField() {
        return "\"" + policy + "\";r=" + remaining + ";t=" + resetSeconds;
    }
}
