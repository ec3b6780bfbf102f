package uz.muhokama.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import uz.muhokama.notification.Notification.MailState;
import uz.muhokama.platform.persistence.IdBatches;
import uz.muhokama.platform.persistence.InstantConverter;

/**
 * The notification rows as the delivery jobs read and move them, in plain JDBC inside the caller's
 * transaction (a page of rows per statement; no entity is loaded for a row that only changes state). A
 * row's mail state moves only by conditional updates ({@code … WHERE id = ? AND mail_state = ?}): one row
 * changed means this caller took it, none that another job (or instance) took it first.
 */
@ApplicationScoped
class MailRowRepository {

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    /** A notification row to mail. */
    record MailRow(long id, long accountId, long eventId, Topic topic, MailState state) {}

    /** The WAITING rows of one event's shard after {@code afterId}, by id, at most {@code limit}. */
    List<MailRow> waitingOfEvent(long eventId, int shard, long afterId, int limit) {
        return rows(
                "SELECT id, account_id, event_id, topic, mail_state FROM notification"
                        + " WHERE event_id = ? AND shard = ? AND mail_state = 'WAITING' AND id > ? ORDER BY id",
                limit,
                eventId,
                shard,
                afterId);
    }

    /** People of a shard with rows still to mail, after {@code afterAccount}, by id, at most {@code limit}. */
    List<Long> accountsWithMail(int shard, long afterAccount, int limit) {
        String sql = "SELECT DISTINCT account_id FROM notification WHERE mail_state IN ('WAITING', 'DIGEST')"
                + " AND shard = ? AND account_id > ? ORDER BY account_id";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setMaxRows(limit);
            s.setInt(1, shard);
            s.setLong(2, afterAccount);
            List<Long> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getLong(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading who has mail waiting failed", e);
        }
    }

    /** Every WAITING or DIGEST row of some people (a page of them), oldest first per person. */
    List<MailRow> toMailOf(Collection<Long> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return rows(
                "SELECT id, account_id, event_id, topic, mail_state FROM notification WHERE mail_state IN"
                        + " ('WAITING', 'DIGEST') AND account_id IN (" + marks(accounts.size())
                        + ") ORDER BY account_id, id",
                0,
                accounts.toArray());
    }

    /** A row to take into SENT: its id, the state it was read in, and the e-mail that carries it. */
    record Take(long id, MailState from, String mailedIn) {}

    /**
     * Takes many rows at once (one batch of conditional updates); for each, whether this caller moved it.
     */
    boolean[] takeAll(List<Take> takes, Instant now) {
        boolean[] taken = new boolean[takes.size()];
        if (takes.isEmpty()) {
            return taken;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE notification SET mail_state = 'SENT', mailed_at = ?,"
                        + " mailed_in = ? WHERE id = ? AND mail_state = ?")) {
            for (Take take : takes) {
                s.setTimestamp(1, InstantConverter.timestamp(now));
                s.setString(2, take.mailedIn());
                s.setLong(3, take.id());
                s.setString(4, take.from().name());
                s.addBatch();
            }
            int[] counts = s.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                taken[i] = counts[i] == 1;
            }
            return taken;
        } catch (SQLException e) {
            throw new IllegalStateException("Taking notifications to mail failed", e);
        }
    }

    /** Moves many rows from {@code from} to {@code to} (SKIPPED) in one batch. */
    void moveAll(List<Long> ids, MailState from, MailState to) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("UPDATE notification SET mail_state = ? WHERE id = ? AND mail_state = ?")) {
            for (Long id : ids) {
                s.setString(1, to.name());
                s.setLong(2, id);
                s.setString(3, from.name());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Moving notifications' mail state failed", e);
        }
    }

    /** Puts a row taken for an e-mail that was not sent back where it was. */
    void giveBack(long id, MailState to, String mailedIn) {
        update(
                "UPDATE notification SET mail_state = ?, mailed_at = NULL, mailed_in = NULL"
                        + " WHERE id = ? AND mail_state = 'SENT' AND mailed_in = ?",
                to.name(),
                id,
                mailedIn);
    }

    /**
     * The events among {@code eventIds} with an instant delivery not yet done for {@code shard}: their
     * WAITING rows of topics now "at once" are the instant job's still, not a digest's.
     */
    List<Long> eventsWithInstantPending(Collection<Long> eventIds, int shard) {
        List<Long> found = new ArrayList<>();
        for (List<Long> batch : IdBatches.of(eventIds)) {
            String sql = "SELECT DISTINCT event_id FROM notification_delivery WHERE kind = 'INSTANT'"
                    + " AND state <> 'DONE' AND shard = ? AND event_id IN (" + marks(batch.size()) + ")";
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(sql)) {
                s.setInt(1, shard);
                for (int i = 0; i < batch.size(); i++) {
                    s.setLong(i + 2, batch.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(r.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the instant deliveries failed", e);
            }
        }
        return found;
    }

    private List<MailRow> rows(String sql, int limit, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (limit > 0) {
                s.setMaxRows(limit);
            }
            bind(s, args);
            List<MailRow> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new MailRow(
                            r.getLong(1),
                            r.getLong(2),
                            r.getLong(3),
                            Topic.valueOf(r.getString(4)),
                            MailState.valueOf(r.getString(5))));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading notifications to mail failed", e);
        }
    }

    private boolean update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Moving a notification's mail state failed", e);
        }
    }

    static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }

    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
