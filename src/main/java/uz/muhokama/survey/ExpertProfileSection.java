package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uz.muhokama.account.ProfileSection;
import uz.muhokama.platform.i18n.CurrentLanguage;
import uz.muhokama.platform.security.CurrentCaller;
import uz.muhokama.platform.security.Role;

/** On the profile page: whether the person is an expert, and their applications with the outcome. */
@ApplicationScoped
class ExpertProfileSection implements ProfileSection {

    @Inject
    ExpertApplicationService applications;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentLanguage language;

    /** The section: is the person an expert, and what they applied for. */
    public record Model(boolean expert, List<ExpertApplicationView> applications) {

        public boolean mayApply() {
            return !expert && applications.stream().noneMatch(ExpertApplicationView::pending);
        }
    }

    @Override
    public String name() {
        return "expert";
    }

    @Override
    public Object model(long accountId) {
        return new Model(
                caller.get().map(c -> c.has(Role.EXPERT)).orElse(false), applications.of(accountId, language.get()));
    }
}
