package uz.muhokama.platform.error;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation's form of {@link TextRules}, for the commands that pages and the API share: a page
 * form's field is refused on that field, with the form shown again, as the API refuses it.
 */
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.METHOD,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

    String message() default "{" + TextRules.CONTROL_CHARACTER + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports the rule broken under its own message key. */
    class Check implements ConstraintValidator<PlainText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return TextRules.problem(value)
                    .map(key -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate("{" + key + "}")
                                .addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}
