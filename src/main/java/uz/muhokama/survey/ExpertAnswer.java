package uz.muhokama.survey;

import java.time.Instant;
import java.util.List;

/**
 * One respondent's answers as a page lists them: who, what they found, when. The draft survey's results
 * show experts this way, and the administrator's page shows the portal survey's answers the same way.
 */
public record ExpertAnswer(String name, List<AnswerText.Shown> answers, Instant at) {

    /** The factors found present, each with its fields. */
    public List<AnswerText.Shown> factorsFound() {
        return answers.stream().filter(AnswerText.Shown::factorFound).toList();
    }

    public List<AnswerText.Shown> others() {
        return answers.stream().filter(a -> !a.isFactor()).toList();
    }
}
