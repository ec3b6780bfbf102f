package uz.muhokama.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import uz.muhokama.platform.persistence.IdBatches;
import uz.muhokama.platform.persistence.UniqueViolation;

/**
 * The daily limit of instant e-mails per person ({@code notification_mail_count}, one row per person and
 * Tashkent day). A person's row is made before their page of e-mails is taken ({@link #ensureRows}, in
 * transactions of its own: two instances making the same row race on the primary key, and on PostgreSQL
 * a failed insert would spoil the page's transaction), and then counted by a conditional update inside
 * the page's transaction ({@link #countEach}): the row's lock orders two deliveries that mail the same
 * person at once, and the one that finds the count at the limit sends nothing.
 */
@ApplicationScoped
class MailCounts {

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    /** Makes the day's count row of each person that has none; call outside any transaction. */
    void ensureRows(LocalDate day, Collection<Long> accounts) {
        for (List<Long> batch : IdBatches.of(accounts)) {
            try {
                inTransaction(c -> insertMissing(c, day, batch));
            } catch (Exception e) {
                if (!UniqueViolation.in(e)) {
                    throw new IllegalStateException("Making the daily mail counts failed", e);
                }
                // Another instance made some of them meanwhile: one person at a time, theirs kept.
                for (Long account : batch) {
                    try {
                        inTransaction(c -> insertMissing(c, day, List.of(account)));
                    } catch (Exception one) {
                        if (!UniqueViolation.in(one)) {
                            throw new IllegalStateException("Making the daily mail count failed", one);
                        }
                    }
                }
            }
        }
    }

    /**
     * Counts one more e-mail today for each of {@code accounts} (in the order given: callers sort them, so
     * two pages lock count rows in one order) that is under {@code limit}; for each, whether it was counted.
     */
    boolean[] countEach(List<Long> accounts, LocalDate day, int limit) {
        boolean[] counted = new boolean[accounts.size()];
        if (accounts.isEmpty()) {
            return counted;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE notification_mail_count SET sent = sent + 1"
                        + " WHERE account_id = ? AND day = ? AND sent < ?")) {
            for (Long account : accounts) {
                s.setLong(1, account);
                s.setDate(2, Date.valueOf(day));
                s.setInt(3, limit);
                s.addBatch();
            }
            int[] counts = s.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                counted[i] = counts[i] == 1;
            }
            return counted;
        } catch (SQLException e) {
            throw new IllegalStateException("Counting e-mails failed", e);
        }
    }

    /** Takes back one counted e-mail that was not sent after all. */
    void uncount(long account, LocalDate day) {
        update(
                "UPDATE notification_mail_count SET sent = sent - 1 WHERE account_id = ? AND day = ? AND sent > 0",
                account,
                Date.valueOf(day));
    }

    private boolean update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            MailRowRepository.bind(s, args);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Counting e-mails failed", e);
        }
    }

    private static void insertMissing(Connection c, LocalDate day, List<Long> accounts) throws SQLException {
        Set<Long> present = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT account_id FROM notification_mail_count WHERE day = ?"
                + " AND account_id IN (" + MailRowRepository.marks(accounts.size()) + ")")) {
            s.setDate(1, Date.valueOf(day));
            for (int i = 0; i < accounts.size(); i++) {
                s.setLong(i + 2, accounts.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    present.add(r.getLong(1));
                }
            }
        }
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO notification_mail_count (account_id, day, sent) VALUES (?, ?, 0)")) {
            int batched = 0;
            for (Long account : accounts) {
                if (present.add(account)) {
                    insert.setLong(1, account);
                    insert.setDate(2, Date.valueOf(day));
                    insert.addBatch();
                    batched++;
                }
            }
            if (batched > 0) {
                insert.executeBatch();
            }
        }
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void inTransaction(Work work) throws Exception {
        transaction.begin();
        try {
            try (Connection c = dataSource.getConnection()) {
                work.run(c);
            }
            transaction.commit();
        } catch (Exception e) {
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // already rolled back by the failed commit
            }
            throw e;
        }
    }
}
