package uz.muhokama.testkit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uz.muhokama.draft.DraftNumber;
import uz.muhokama.draft.SearchKeyRebuild;

/**
 * The search key's rebuild for the stories (test WAR only): puts a draft back as an older portal indexed
 * it (key version 0: its words lower-cased with one apostrophe, Cyrillic as typed), and runs the rebuild now.
 */
@ApplicationScoped
@Path("api/v1/test/search-key")
@Produces(MediaType.APPLICATION_JSON)
public class SearchKeyTestResource {

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Inject
    SearchKeyRebuild rebuild;

    /** How many drafts the rebuild looked at. */
    public record Run(int drafts) {}

    @POST
    @Path("rebuild")
    @Operation(hidden = true)
    public Run rebuildNow() {
        return new Run(rebuild.runOnce());
    }

    /** The draft's words as version 0 of the key wrote them; how many. */
    @POST
    @Path("old")
    @Operation(hidden = true)
    public int indexTheOldWay(@QueryParam("draft") String number) throws SQLException {
        long id = DraftNumber.idFrom(number).orElseThrow();
        try (Connection c = dataSource.getConnection()) {
            String text;
            try (PreparedStatement read = c.prepareStatement("SELECT search_text FROM draft WHERE id = ?")) {
                read.setLong(1, id);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    text = rs.getString(1);
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM draft_term WHERE draft_id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            Set<String> words = oldTerms(text);
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO draft_term (term, draft_id) VALUES (?, ?)")) {
                for (String word : words) {
                    insert.setString(1, word);
                    insert.setLong(2, id);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement version =
                    c.prepareStatement("UPDATE draft SET search_key_version = 0 WHERE id = ?")) {
                version.setLong(1, id);
                version.executeUpdate();
            }
            return words.size();
        }
    }

    /** SearchText.terms before issue 41, of a text already normalized (lower case, one apostrophe). */
    private static Set<String> oldTerms(String normalized) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : normalized.split("[^\\p{L}\\p{N}']+")) {
            String term = word.replaceAll("^'+|'+$", "");
            if (term.length() >= 2) {
                terms.add(term.length() > 64 ? term.substring(0, 64) : term);
            }
        }
        return terms;
    }
}
