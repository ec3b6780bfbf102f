package uz.muhokama.platform.web;

/** Only same-site paths are followed after a form or a setting, never another host (open redirect). */
public final class SafeRedirects {

    private SafeRedirects() {}

    public static String localPathOr(String candidate, String fallback) {
        if (candidate == null
                || candidate.isBlank()
                || !candidate.startsWith("/")
                || candidate.startsWith("//")
                || candidate.contains("\\")
                || candidate.chars().anyMatch(Character::isISOControl)) {
            return fallback;
        }
        return candidate;
    }
}
