package uz.muhokama.decision;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores an uploaded decisions workbook's decisions in one transaction, a batch of JDBC statements at a
 * time. Why not JPA: a decision row has an identity key, so EclipseLink inserts them one statement at a
 * time and keeps each in the persistence context; a hundred thousand decisions took minutes that way and
 * outlived the default transaction timeout. The transaction's timeout is
 * {@code muhokama.decisions.store-timeout-seconds}.
 */
@ApplicationScoped
class DecisionBulk {

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Inject
    @ConfigProperty(name = "muhokama.decisions.store-timeout-seconds", defaultValue = "600")
    int timeoutSeconds;

    /** A valid decision on a proposal, with the proposal as decided. */
    record Row(Proposal proposal, Decision decision, String reason) {}

    /** Replaces decisions, a batch at a time, inside the bulk transaction. */
    interface Store {
        void replace(long draftId, List<Row> rows, Instant now, long decidedBy);
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    void inOneTransaction(Consumer<Store> work) {
        try {
            transaction.setTransactionTimeout(timeoutSeconds);
            transaction.begin();
            try (Connection c = dataSource.getConnection();
                    PreparedStatement delete =
                            c.prepareStatement("DELETE FROM proposal_decision WHERE draft_id = ? AND proposal_id = ?");
                    PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO proposal_decision (draft_id, proposal_id, clause_no, body, "
                                    + "comments, decision, reason, decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                work.accept((draftId, rows, now, by) -> write(delete, insert, draftId, rows, now, by));
            }
            transaction.commit();
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException("Storing the decisions failed", e);
        } finally {
            try {
                transaction.setTransactionTimeout(0);
            } catch (Exception ignored) {
                // back to the server's default for this thread
            }
        }
    }

    private static void write(
            PreparedStatement delete, PreparedStatement insert, long draftId, List<Row> rows, Instant now, long by) {
        try {
            Timestamp at = Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            for (Row row : rows) {
                delete.setLong(1, draftId);
                delete.setLong(2, row.proposal().id());
                delete.addBatch();
                insert.setLong(1, draftId);
                insert.setLong(2, row.proposal().id());
                insert.setString(3, row.proposal().clause());
                insert.setString(4, row.proposal().text());
                insert.setLong(5, row.proposal().comments());
                insert.setString(6, row.decision().name());
                insert.setString(
                        7,
                        row.reason() == null || row.reason().isBlank()
                                ? null
                                : row.reason().strip());
                insert.setTimestamp(8, at);
                insert.setLong(9, by);
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void rollback() {
        try {
            transaction.rollback();
        } catch (Exception ignored) {
            // nothing was committed
        }
    }
}
