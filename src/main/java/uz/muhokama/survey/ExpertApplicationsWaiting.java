package uz.muhokama.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** How many expert applications wait for an administrator's decision, for jobs that tell them (no caller). */
@ApplicationScoped
public class ExpertApplicationsWaiting {

    @Inject
    ExpertApplicationRepository applications;

    @Transactional
    public long count() {
        return applications.count(ExpertApplication.State.PENDING);
    }
}
