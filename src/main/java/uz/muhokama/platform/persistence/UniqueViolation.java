package uz.muhokama.platform.persistence;

import java.sql.SQLException;

/** Recognizes a broken unique constraint (SQLSTATE 23505 on Derby and PostgreSQL) anywhere in a cause chain. */
public final class UniqueViolation {

    private UniqueViolation() {}

    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if ("23505".equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
