package uz.muhokama.platform.web;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a read conditional ({@link ConditionalReads}): its 200 answers carry an {@code ETag}, a
 * {@code Cache-Control} stated here and the {@code Vary} it needs, and a repeated read naming that tag in
 * {@code If-None-Match} is answered 304 without a body. A JSON body is serialised once, in memory, to
 * tag it; a streamed file is never held: its resource sets the tag itself from something it knows (a
 * published summary never changes, so its publication and language name it) or the answer has none.
 * Errors never get a tag. The operation also declares {@code @APIResponse(responseCode = "304")}, which
 * {@link ApiDocumentFilter} turns into the shared answer and headers (ArchitectureTest keeps the two together).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Conditional {

    /** Seconds any cache may reuse the answer without asking again; 0 asks it to revalidate every time. */
    int maxAge() default 0;

    /** Whether the answer is the same for every caller, or may differ with who is signed in. */
    Visibility visibility() default Visibility.PUBLIC;

    /** Whether the answer is in the caller's language (names, labels, messages). */
    boolean byLanguage() default true;

    enum Visibility {
        /** The same for everyone: {@code public}, and shared caches may keep it for signed-in callers too. */
        PUBLIC,
        /**
         * May differ with the caller (an agency's own unpublished draft, {@code mine} on comments):
         * {@code private} when the request carries {@code Authorization}, {@code public} without, and
         * {@code Vary: Authorization} always so a shared cache never hands one caller's copy to another.
         */
        PER_CALLER
    }
}
