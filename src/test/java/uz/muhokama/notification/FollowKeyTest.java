package uz.muhokama.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.muhokama.draft.DraftSearch;

class FollowKeyTest {

    @Test
    void aSearchIsTheSameWhateverTheOrderAndCaseOfItsWords() {
        FollowKey one = search("Tarif  Energiya");
        FollowKey two = search("energiya TARIF");
        assertEquals(one.key(), two.key());
        assertEquals("actType=law&from=2026-01-01&q=energiya+tarif&sector=energy", one.key());
        assertEquals(List.of("energiya", "tarif"), one.words());
    }

    @Test
    void uzbekApostrophesAreTheSearchsOwn() {
        assertEquals(search("oʻzgartirish").key(), search("o'zgartirish").key());
    }

    @Test
    void aSearchWithoutWordsKeepsNoQuery() {
        FollowKey key = FollowKey.search("", List.of(), "energy", null, null, null, null, null);
        assertEquals("sector=energy", key.key());
        assertNull(key.q());
    }

    @Test
    void theReturnAddressCarriesOneFlag() {
        assertEquals("/sectors/energy?followed=sector", FollowPages.withFlag("/sectors/energy", "followed", "sector"));
        assertEquals(
                "/drafts?q=x&followed=search",
                FollowPages.withFlag("/drafts?q=x&followed=sector", "followed", "search"));
        assertEquals(
                "/drafts/ID-100001?lang=ru&unfollowed=draft",
                FollowPages.withFlag("/drafts/ID-100001?followed=draft&lang=ru", "unfollowed", "draft"));
    }

    @Test
    void codesAreLowerCaseWithDashes() {
        assertEquals("followed-drafts", NotificationSettings.code(Topic.FOLLOWED_DRAFTS));
        assertEquals(
                Topic.ADMIN_QUEUE,
                NotificationSettings.parse(Topic.class, "admin-queue").orElseThrow());
        assertEquals(
                Frequency.DAILY,
                NotificationSettings.parse(Frequency.class, " Daily ").orElseThrow());
    }

    private static FollowKey search(String q) {
        return FollowKey.search(q, DraftSearch.words(q), "energy", "law", null, null, LocalDate.of(2026, 1, 1), null);
    }
}
