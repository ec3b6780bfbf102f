package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uz.muhokama.platform.error.FieldError;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.persistence.TransientFailures;
import uz.muhokama.platform.security.Caller;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;

/**
 * The signed-in person's choices of how often they hear of each {@link Topic} (no choice: the topic's
 * default) and of when their digests go (no choice: 08:00 on Monday, Tashkent). A choice equal to what
 * holds already is not stored, so a topic never chosen keeps following its default.
 */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    PreferenceRepository preferences;

    @Inject
    CurrentCaller caller;

    /** The code of a topic or a frequency as the API and the pages write it ({@code new-drafts}, {@code daily}). */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The topics a person may hear of: everyone's, and an agency's or the administrators' for those roles. */
    static List<Topic> topicsFor(Caller person) {
        List<Topic> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            if ((topic != Topic.AGENCY_INBOX || person.has(Role.AGENCY))
                    && (topic != Topic.ADMIN_QUEUE || person.has(Role.ADMIN))) {
                topics.add(topic);
            }
        }
        return topics;
    }

    /** How often the person hears of each of their topics now, and their digest hour and day. */
    public NotificationSettingsView mine() {
        Caller person = caller.require();
        Map<Topic, Frequency> now = current(person.accountId());
        Map<String, String> frequencies = new LinkedHashMap<>();
        topicsFor(person).forEach(t -> frequencies.put(code(t), code(now.get(t))));
        PreferenceRepository.Schedule schedule = preferences.schedule(person.accountId());
        return new NotificationSettingsView(frequencies, schedule.hour(), schedule.weekday());
    }

    /** How often the person hears of {@code topic} (for delivery). */
    public Frequency frequency(long accountId, Topic topic) {
        return current(accountId).get(topic);
    }

    /**
     * Changes what {@code change} names; every value is checked before anything is stored, and each one
     * refused is a 400 on its field ({@code frequencies.replies}, {@code digestHour}).
     */
    public NotificationSettingsView change(NotificationSettingsView change) {
        Caller person = caller.require();
        List<FieldError> problems = new ArrayList<>();
        Map<Topic, Frequency> chosen = new EnumMap<>(Topic.class);
        if (change != null && change.frequencies() != null) {
            change.frequencies().forEach((topicCode, frequencyCode) -> {
                String field = "frequencies." + topicCode;
                Optional<Topic> topic = parse(Topic.class, topicCode);
                Optional<Frequency> frequency = parse(Frequency.class, frequencyCode);
                if (topic.isEmpty()) {
                    problems.add(new FieldError(field, "notification.settings.topic-unknown"));
                } else if (frequency.isEmpty()) {
                    problems.add(new FieldError(field, "notification.settings.frequency-unknown"));
                } else {
                    chosen.put(topic.get(), frequency.get());
                }
            });
        }
        Integer hour = change == null ? null : change.digestHour();
        Integer weekday = change == null ? null : change.digestWeekday();
        if (hour != null && (hour < 0 || hour > 23)) {
            problems.add(new FieldError("digestHour", "notification.settings.hour-invalid"));
        }
        if (weekday != null && (weekday < 1 || weekday > 7)) {
            problems.add(new FieldError("digestWeekday", "notification.settings.weekday-invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long accountId = person.accountId();
        Map<Topic, Frequency> now = current(accountId);
        chosen.entrySet().removeIf(e -> e.getValue() == now.get(e.getKey()));
        PreferenceRepository.Schedule before = preferences.schedule(accountId);
        PreferenceRepository.Schedule after = new PreferenceRepository.Schedule(
                hour == null ? before.hour() : hour, weekday == null ? before.weekday() : weekday);
        if (!chosen.isEmpty() || !after.equals(before)) {
            TransientFailures.retryRaces(() -> {
                preferences.save(accountId, chosen, after.equals(before) ? null : after);
                return null;
            });
        }
        return mine();
    }

    private Map<Topic, Frequency> current(long accountId) {
        Map<Topic, Frequency> all = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            all.put(topic, topic.byDefault());
        }
        all.putAll(preferences.chosen(accountId));
        return all;
    }
}
