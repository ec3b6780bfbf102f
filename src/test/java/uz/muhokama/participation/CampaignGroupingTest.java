package uz.muhokama.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A campaign of ten thousand copies shows as one text with its count; ordinary comments stay apart. */
class CampaignGroupingTest {

    private static CampaignGrouping.Text text(String name, long simhash, long count, long sample) {
        return new CampaignGrouping.Text(simhash, count, sample);
    }

    @Test
    void identicalTextsCountedByTheDatabaseMakeOneGroup() {
        List<CampaignGrouping.Group> groups = CampaignGrouping.group(
                List.of(text("a", 0xF0F0_F0F0_F0F0_F0F0L, 10_000, 7), text("b", 0x0123_4567_89AB_CDEFL, 1, 8)), 5);
        assertEquals(1, groups.size());
        assertEquals(10_000, groups.get(0).comments());
        assertEquals(7, groups.get(0).sampleCommentId());
    }

    @Test
    void textsAFewBitsApartJoinTheLargestVariantsGroupAndDistantOnesDoNot() {
        long base = 0x5555_AAAA_3333_CCCCL;
        List<CampaignGrouping.Text> texts = new ArrayList<>();
        texts.add(text("main", base, 50, 1));
        texts.add(text("signed", base ^ 0b101L, 3, 2)); // 2 bits apart
        texts.add(text("edited", base ^ 0xFF00_0000_0000_0000L ^ 0b11L, 2, 3)); // 10 bits apart
        texts.add(text("far", ~base, 40, 4));
        List<CampaignGrouping.Group> groups = CampaignGrouping.group(texts, 5);
        assertEquals(2, groups.size());
        assertEquals(55, groups.get(0).comments());
        assertEquals(3, groups.get(0).variants());
        assertEquals(1, groups.get(0).sampleCommentId(), "the most repeated variant is the sample");
        assertEquals(40, groups.get(1).comments());
    }

    @Test
    void smallGroupsAreNotCampaigns() {
        assertEquals(List.of(), CampaignGrouping.group(List.of(text("a", 1L, 4, 1)), 5));
    }

    @Test
    void beyondThePairwiseLimitCopiesAFewBitsApartAreStillFoundThroughTheBands() {
        List<CampaignGrouping.Text> texts = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < CampaignGrouping.PAIRWISE_LIMIT + 1000; i++) {
            texts.add(text("t" + i, random.nextLong(), 1, i));
        }
        long base = 0x1234_5678_9ABC_DEF0L;
        texts.add(text("copy-a", base, 3, 100_000));
        texts.add(text("copy-b", base ^ 0b111L, 3, 100_001));
        List<CampaignGrouping.Group> groups = CampaignGrouping.group(texts, 5);
        assertEquals(1, groups.size(), groups::toString);
        assertEquals(6, groups.get(0).comments());
    }

    @Test
    void commentsGatheredOneByOneAreCountedPerTextWithTheirEarliestAsTheSample() {
        CampaignGrouping.Comments comments = new CampaignGrouping.Comments();
        Random random = new Random(7);
        long campaign = 0x0F0F_1234_ABCD_5678L;
        for (long id = 20_000; id > 0; id--) {
            // Newest first, as a report reads them: a campaign of 300 copies and 30 near copies among strangers.
            if (id % 60 == 0) {
                comments.add(id, campaign);
            } else if (id % 600 == 1) {
                comments.add(id, campaign ^ 0b1011L);
            } else {
                comments.add(id, random.nextLong());
            }
        }
        comments.add(5, 42L);
        comments.add(3, 42L);
        List<CampaignGrouping.Group> groups = comments.group(5);
        assertEquals(1, groups.size(), groups::toString);
        assertEquals(333 + 34, groups.get(0).comments());
        assertEquals(2, groups.get(0).variants());
        assertEquals(60, groups.get(0).sampleCommentId(), "the earliest comment of the most repeated text");
        assertEquals(
                List.of(campaign),
                groups.get(0).simhashes().stream().filter(h -> h == campaign).toList());
        assertEquals(
                1,
                comments.group(2).stream()
                        .filter(g -> g.sampleCommentId() == 3 && g.comments() == 2)
                        .count(),
                "two copies of one text make a group of two when two are enough");
    }
}
