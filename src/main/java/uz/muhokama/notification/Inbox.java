package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.platform.error.InvalidInput;
import uz.muhokama.platform.error.ResourceNotFound;
import uz.muhokama.platform.i18n.Language;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.web.Cursor;
import uz.muhokama.platform.web.Cursors;
import uz.muhokama.platform.web.Slice;

/**
 * The signed-in person's notifications in the portal: unread first, then read, each newest first, 20 a
 * page by cursor; marking one or all read; and the unread count the header shows on every page.
 */
@ApplicationScoped
public class Inbox {

    static final int PAGE_SIZE = 20;

    /** The header counts no further ("99+"): the count is read on every page a signed-in person opens. */
    public static final int COUNT_CAP = 100;

    private static final String LIST = "notifications";
    private static final String FILTERS = Cursors.filters(LIST);

    @Inject
    InboxRepository inbox;

    @Inject
    NotificationTexts texts;

    @Inject
    Cursors cursors;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /**
     * A page of the person's notifications: after the cursor's item, or from the first. A cursor holds
     * the part it stopped in (0 unread, 1 read) and the last id given; an unread part that ends within a
     * page is followed by the first read items in the same page.
     */
    public Slice<NotificationView> page(String cursor, Language language) {
        long accountId = caller.require().accountId();
        Cursor after = cursors.read(cursor, LIST, FILTERS);
        long part = after == null ? 0 : after.number(0);
        long before = after == null ? Long.MAX_VALUE : after.number(1);
        long seen = after == null ? 0 : after.seen();
        if (part != 0 && part != 1) {
            throw new InvalidInput("cursor", "cursor.invalid");
        }
        List<InboxRepository.Row> rows = new ArrayList<>();
        if (part == 0) {
            rows.addAll(inbox.page(accountId, true, before, PAGE_SIZE + 1));
        }
        if (rows.size() <= PAGE_SIZE) {
            long readBefore = part == 0 ? Long.MAX_VALUE : before;
            rows.addAll(inbox.page(accountId, false, readBefore, PAGE_SIZE + 1 - rows.size()));
        }
        Slice<InboxRepository.Row> slice = Slice.of(
                rows,
                PAGE_SIZE,
                last -> cursors.write(Cursor.after(
                        LIST,
                        FILTERS,
                        seen + PAGE_SIZE,
                        last.notification().isRead() ? 1 : 0,
                        last.notification().id())));
        return new Slice<>(
                slice.items().stream().map(r -> view(r, accountId, language)).toList(), slice.next());
    }

    /** How many unread notifications the person has, up to {@link #COUNT_CAP}. */
    public int unread() {
        return unread(caller.require().accountId());
    }

    int unread(long accountId) {
        return inbox.unread(accountId, COUNT_CAP);
    }

    /** Marks one of the person's notifications read; 404 for an id that is not theirs. */
    public void markRead(long id) {
        if (!inbox.markRead(caller.require().accountId(), id, clock.instant())) {
            throw new ResourceNotFound();
        }
    }

    /** Marks all the person's notifications read. */
    public int markAllRead() {
        return inbox.markAllRead(caller.require().accountId(), clock.instant());
    }

    private NotificationView view(InboxRepository.Row row, long accountId, Language language) {
        NotificationTexts.Item item = texts.describe(row.event(), accountId, language);
        return new NotificationView(
                row.notification().id(),
                NotificationSettings.code(row.event().type()),
                NotificationSettings.code(row.notification().topic()),
                item.title(),
                item.text(),
                item.link(),
                item.occurredAt(),
                row.notification().isRead());
    }
}
