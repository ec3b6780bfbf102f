package uz.muhokama.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uz.muhokama.account.ProfileSection;

/** On the profile page: links to the notifications page (with the unread count) and to what one follows. */
@ApplicationScoped
class NotificationProfileSection implements ProfileSection {

    @Inject
    Inbox inbox;

    /** The section: how many notifications are unread (up to the cap). */
    public record Model(int unread) {}

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Object model(long accountId) {
        return new Model(inbox.unread(accountId));
    }
}
