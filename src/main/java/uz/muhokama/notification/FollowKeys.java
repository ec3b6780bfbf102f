package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uz.muhokama.draft.DraftNumber;
import uz.muhokama.draft.DraftSearch;
import uz.muhokama.draft.DraftService;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.i18n.Messages;
import uz.muhokama.reference.ReferenceCatalog;
import uz.muhokama.reference.ReferenceItem;
import uz.muhokama.reference.ReferenceList;

/**
 * Turns a follow asked for into what is stored ({@link FollowKey}), refusing what cannot be followed with a
 * message on the field at fault, and says a stored follow back in the reader's language.
 */
@ApplicationScoped
class FollowKeys {

    /** A saved search's words at most: each must begin a word of a new draft, so more only narrow it to nothing. */
    static final int MAX_WORDS = 8;

    /** The canonical key's column, and the query as written (the label's). */
    private static final int MAX_KEY = 400;

    private static final int MAX_QUERY = 300;

    @Inject
    ReferenceCatalog reference;

    @Inject
    DraftService drafts;

    @Inject
    Messages messages;

    /** The follow {@code request} asks for; 400 naming the field at fault, 404 for a draft not published. */
    FollowKey parse(FollowRequest request, Language language) {
        if (request == null || request.target() == null) {
            throw new InvalidInput("target", "notification.follow.target-unknown");
        }
        FollowTarget target;
        try {
            target = FollowTarget.valueOf(request.target().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("target", "notification.follow.target-unknown");
        }
        return switch (target) {
            case SECTOR -> FollowKey.code(target, known(ReferenceList.SECTORS, "code", request.code()));
            case AGENCY -> FollowKey.code(target, known(ReferenceList.AGENCIES, "code", request.code()));
            case REGION -> FollowKey.code(target, known(ReferenceList.REGIONS, "code", request.code()));
            case DRAFT -> FollowKey.draft(publishedDraft(request.draft(), language));
            case SEARCH -> search(request);
        };
    }

    /**
     * The key a follow of {@code request} has, for asking whether the person follows it: like {@link #parse}
     * but without looking the draft up (a follow of a draft no longer public is still a follow), and empty
     * where {@code parse} would refuse.
     */
    Optional<FollowKey> keyOf(FollowRequest request) {
        if (request != null && "draft".equals(request.target())) {
            return DraftNumber.parse(request.draft()).map(n -> FollowKey.draft(n.id()));
        }
        try {
            return Optional.of(parse(request, null));
        } catch (InvalidInput | ResourceNotFound refused) {
            return Optional.empty();
        }
    }

    private String known(ReferenceList list, String field, String code) {
        String given = code == null ? "" : code.strip();
        if (!reference.exists(list, given)) {
            throw new InvalidInput(field, unknownKey(list));
        }
        return given;
    }

    private static String unknownKey(ReferenceList list) {
        return switch (list) {
            case SECTORS -> "notification.follow.sector-unknown";
            case AGENCIES -> "notification.follow.agency-unknown";
            case REGIONS -> "notification.follow.region-unknown";
            case ACT_TYPES -> "notification.follow.act-type-unknown";
        };
    }

    private long publishedDraft(String number, Language language) {
        return DraftNumber.parse(number)
                .filter(n -> drafts.publicTitles(Set.of(n.text()), language).containsKey(n.text()))
                .map(DraftNumber::id)
                .orElseThrow(ResourceNotFound::new);
    }

    private FollowKey search(FollowRequest request) {
        List<FieldError> problems = new ArrayList<>();
        String sector = optional(ReferenceList.SECTORS, "sector", request.sector(), problems);
        String actType = optional(ReferenceList.ACT_TYPES, "actType", request.actType(), problems);
        String agency = optional(ReferenceList.AGENCIES, "agency", request.agency(), problems);
        String region = optional(ReferenceList.REGIONS, "region", request.region(), problems);
        LocalDate from = date("from", request.from(), problems);
        LocalDate to = date("to", request.to(), problems);
        String q = request.q() == null ? "" : request.q().strip();
        List<String> words = DraftSearch.words(q);
        if (q.length() > MAX_QUERY) {
            problems.add(new FieldError("q", "notification.follow.too-long"));
        } else if (words.size() > MAX_WORDS) {
            problems.add(new FieldError("q", "notification.follow.too-many-words", MAX_WORDS));
        }
        if (problems.isEmpty()
                && words.isEmpty()
                && sector == null
                && actType == null
                && agency == null
                && region == null
                && from == null
                && to == null) {
            problems.add(new FieldError("q", "notification.follow.search-empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        FollowKey key = FollowKey.search(q, words, sector, actType, agency, region, from, to);
        if (key.key().length() > MAX_KEY) {
            throw new InvalidInput("q", "notification.follow.too-long");
        }
        return key;
    }

    private String optional(ReferenceList list, String field, String code, List<FieldError> problems) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!reference.exists(list, code.strip())) {
            problems.add(new FieldError(field, unknownKey(list)));
            return null;
        }
        return code.strip();
    }

    private static LocalDate date(String field, String value, List<FieldError> problems) {
        try {
            return DraftSearch.parseDate(field, value);
        } catch (InvalidInput bad) {
            problems.addAll(bad.fieldErrors());
            return null;
        }
    }

    /** A stored follow as its owner reads it. */
    FollowView view(Subscription follow, Map<Long, String> draftTitles, Language language) {
        FollowKey key = follow.key();
        String target = key.target().name().toLowerCase(Locale.ROOT);
        String number = key.draftId() == null ? null : DraftNumber.of(key.draftId());
        FollowView.FollowedSearch search = key.target() == FollowTarget.SEARCH
                ? new FollowView.FollowedSearch(
                        key.q(),
                        key.sector(),
                        key.actType(),
                        key.agency(),
                        key.region(),
                        key.from() == null ? null : key.from().toString(),
                        key.to() == null ? null : key.to().toString())
                : null;
        String code = switch (key.target()) {
            case SECTOR, AGENCY, REGION -> key.key();
            default -> null;
        };
        return new FollowView(
                follow.id(),
                target,
                code,
                number,
                search,
                label(key, number, draftTitles, language),
                link(key, number),
                follow.createdAt());
    }

    private String label(FollowKey key, String number, Map<Long, String> draftTitles, Language language) {
        return switch (key.target()) {
            case SECTOR ->
                messages.get(
                        language,
                        "notification.follow.label.sector",
                        name(ReferenceList.SECTORS, key.sector(), language));
            case AGENCY ->
                messages.get(
                        language,
                        "notification.follow.label.agency",
                        name(ReferenceList.AGENCIES, key.agency(), language));
            case REGION ->
                messages.get(
                        language,
                        "notification.follow.label.region",
                        name(ReferenceList.REGIONS, key.region(), language));
            case DRAFT ->
                messages.get(
                        language,
                        "notification.follow.label.draft",
                        number,
                        draftTitles.getOrDefault(key.draftId(), number));
            case SEARCH -> messages.get(language, "notification.follow.label.search", searchParts(key, language));
        };
    }

    private String searchParts(FollowKey key, Language language) {
        List<String> parts = new ArrayList<>();
        if (key.q() != null) {
            parts.add(messages.get(language, "notification.follow.label.words", key.q()));
        }
        if (key.sector() != null) {
            parts.add(name(ReferenceList.SECTORS, key.sector(), language));
        }
        if (key.actType() != null) {
            parts.add(name(ReferenceList.ACT_TYPES, key.actType(), language));
        }
        if (key.agency() != null) {
            parts.add(name(ReferenceList.AGENCIES, key.agency(), language));
        }
        if (key.region() != null) {
            parts.add(name(ReferenceList.REGIONS, key.region(), language));
        }
        if (key.from() != null || key.to() != null) {
            parts.add(messages.get(
                    language,
                    "notification.follow.label.opening",
                    key.from() == null ? "…" : key.from().toString(),
                    key.to() == null ? "…" : key.to().toString()));
        }
        return String.join(", ", parts);
    }

    private String name(ReferenceList list, String code, Language language) {
        return reference.find(list, code, language).map(ReferenceItem::name).orElse(code);
    }

    /** The page of what is followed: the sector's, the draft's, the search's results (with its filters). */
    private static String link(FollowKey key, String number) {
        return switch (key.target()) {
            case SECTOR -> "/sectors/" + key.sector();
            case AGENCY -> "/drafts?agency=" + key.agency();
            case REGION -> null;
            case DRAFT -> "/drafts/" + number;
            case SEARCH -> "/drafts?" + searchQuery(key);
        };
    }

    private static String searchQuery(FollowKey key) {
        List<String> parts = new ArrayList<>();
        add(parts, "q", key.q());
        add(parts, "sector", key.sector());
        add(parts, "actType", key.actType());
        add(parts, "agency", key.agency());
        add(parts, "from", key.from() == null ? null : key.from().toString());
        add(parts, "to", key.to() == null ? null : key.to().toString());
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
