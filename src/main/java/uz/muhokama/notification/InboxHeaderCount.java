package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uz.muhokama.platform.web.InboxCount;

/** The unread count in every page's header, for signed-in people (see {@link Inbox#unread}). */
@ApplicationScoped
class InboxHeaderCount implements InboxCount {

    @Inject
    Inbox inbox;

    @Override
    public int unread(long accountId) {
        return inbox.unread(accountId);
    }

    @Override
    public int cap() {
        return Inbox.COUNT_CAP;
    }
}
