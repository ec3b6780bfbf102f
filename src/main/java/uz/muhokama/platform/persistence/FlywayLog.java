package uz.muhokama.platform.persistence;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's messages in the server's log, as its own java.util.logging adapter writes them, except one kind:
 * Flyway logs every condition a statement reports as a warning, and Derby reports an UPDATE or DELETE that
 * found no rows as SQLSTATE 02000. Class 02 is "no data", a completion condition, not a warning (class 01);
 * the migrations that bring older rows up to date find none in a fresh database, which is no fault. Those go
 * to the log as information; every real warning stays a warning. Named in {@link DatabaseMigration}'s
 * configuration, Flyway makes it by reflection, hence public.
 */
public class FlywayLog implements LogCreator {

    private static final String NO_DATA = "(SQL State: 02000 ";

    @Override
    public Log createLogger(Class<?> source) {
        Logger logger = Logger.getLogger(source.getName());
        return new Log() {
            @Override
            public boolean isDebugEnabled() {
                return logger.isLoggable(Level.FINE);
            }

            @Override
            public void debug(String message) {
                logger.fine(message);
            }

            @Override
            public void info(String message) {
                logger.info(message);
            }

            @Override
            public void warn(String message) {
                logger.log(message.contains(NO_DATA) ? Level.INFO : Level.WARNING, message);
            }

            @Override
            public void error(String message) {
                logger.severe(message);
            }

            @Override
            public void error(String message, Exception e) {
                logger.log(Level.SEVERE, message, e);
            }

            @Override
            public void notice(String message) {
                logger.info(message);
            }
        };
    }
}
