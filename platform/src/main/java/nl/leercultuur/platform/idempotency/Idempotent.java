package nl.leercultuur.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A create that a client may retry safely with an {@code Idempotency-Key} header: the same key with the same request
 * within 24 hours gets the first answer again instead of a second entry ({@link IdempotencyKeys}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
