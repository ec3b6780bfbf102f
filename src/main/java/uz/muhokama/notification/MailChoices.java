package uz.muhokama.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import uz.muhokama.platform.persistence.IdBatches;

/**
 * What people chose for their e-mail, as the delivery jobs read it at the moment they mail (a change of
 * choice applies to everything not mailed yet): the frequency per topic ({@code notification_preference},
 * no row = {@link Topic#byDefault()}) and the digest hour and day ({@code notification_schedule}, no row =
 * 08:00, Monday). Read a page of people at a time, in the caller's transaction.
 */
@ApplicationScoped
class MailChoices {

    static final int DEFAULT_HOUR = 8;
    static final int DEFAULT_WEEKDAY = 1;

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    /** One person's choices. */
    record Choice(Map<Topic, Frequency> frequencies, int digestHour, int digestWeekday) {

        static final Choice DEFAULT = new Choice(Map.of(), DEFAULT_HOUR, DEFAULT_WEEKDAY);

        Frequency of(Topic topic) {
            return frequencies.getOrDefault(topic, topic.byDefault());
        }
    }

    /** Each person's choices; people who never chose anything get the defaults. */
    Map<Long, Choice> of(Collection<Long> accounts) {
        Map<Long, Map<Topic, Frequency>> frequencies = new HashMap<>();
        Map<Long, int[]> schedules = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (var batch : IdBatches.of(accounts)) {
                String in = MailRowRepository.marks(batch.size());
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT account_id, topic, frequency FROM notification_preference WHERE account_id IN (" + in
                                + ")")) {
                    MailRowRepository.bind(s, batch.toArray());
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            known(r.getString(2), r.getString(3))
                                    .ifPresent(tf -> frequencies
                                            .computeIfAbsent(accountOf(r), a -> new EnumMap<>(Topic.class))
                                            .put(tf.getKey(), tf.getValue()));
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT account_id, digest_hour, digest_weekday FROM notification_schedule WHERE account_id IN ("
                                + in + ")")) {
                    MailRowRepository.bind(s, batch.toArray());
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            schedules.put(r.getLong(1), new int[] {r.getInt(2), r.getInt(3)});
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading people's e-mail choices failed", e);
        }
        Map<Long, Choice> choices = new HashMap<>();
        for (Long account : accounts) {
            int[] schedule = schedules.getOrDefault(account, new int[] {DEFAULT_HOUR, DEFAULT_WEEKDAY});
            choices.put(account, new Choice(frequencies.getOrDefault(account, Map.of()), schedule[0], schedule[1]));
        }
        return choices;
    }

    private static long accountOf(ResultSet r) {
        try {
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored choice this build knows (a topic or frequency renamed since is ignored: the default applies). */
    private static java.util.Optional<Map.Entry<Topic, Frequency>> known(String topic, String frequency) {
        try {
            return java.util.Optional.of(Map.entry(Topic.valueOf(topic), Frequency.valueOf(frequency)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
