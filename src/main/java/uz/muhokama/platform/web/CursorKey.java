package uz.muhokama.platform.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.muhokama.platform.persistence.DatabaseReady;
import uz.muhokama.platform.persistence.UniqueViolation;

/**
 * The key that signs cursors. Every instance behind the balancer must use the same one, or a cursor made
 * by one is refused by the next: {@code muhokama.cursor.secret} when set, else a random key the first
 * instance to start writes into {@code app_secret} (V23). Instances starting together race on the
 * primary key; the loser reads the winner's row.
 */
@ApplicationScoped
class CursorKey {

    static final String NAME = "cursor";

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "muhokama.cursor.secret")
    Optional<String> configured;

    private volatile byte[] key;

    void onReady(@Observes DatabaseReady ready) {
        bytes();
    }

    byte[] bytes() {
        byte[] current = key;
        if (current == null) {
            current = configured
                    .filter(s -> !s.isBlank())
                    .map(s -> s.getBytes(StandardCharsets.UTF_8))
                    .filter(b -> b.length >= 16)
                    .orElseGet(this::stored);
            key = current;
        }
        return current.clone();
    }

    private byte[] stored() {
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> found = read(connection);
            if (found.isEmpty()) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                try (PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO app_secret (name, secret) VALUES (?, ?)")) {
                    insert.setString(1, NAME);
                    insert.setString(2, Base64.getEncoder().encodeToString(random));
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!UniqueViolation.in(e)) {
                        throw e;
                    }
                    // Another instance wrote it first: theirs is the key.
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                found = read(connection);
            }
            return Base64.getDecoder().decode(found.orElseThrow());
        } catch (SQLException e) {
            throw new IllegalStateException("The cursor key could not be read or written", e);
        }
    }

    private static Optional<String> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT secret FROM app_secret WHERE name = ?")) {
            select.setString(1, NAME);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }
}
