package uz.muhokama.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A performance internal (a cache, a shared count, a compiled form): not public, and used only by
 * classes of its own package, so that it can be changed or removed without the rest of the portal
 * noticing. ArchitectureTest keeps it so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Internal {}
