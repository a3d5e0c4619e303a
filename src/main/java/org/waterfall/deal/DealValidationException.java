package org.waterfall.deal;

import java.util.List;

/**
 * A deal definition that does not make sense. Each {@link Violation} names the offending key as a path
 * relative to the object being built ({@code classes[3].group}); the YAML reader adds file and line.
 */
public final class DealValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public DealValidationException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public DealValidationException(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid deal" : violations.get(0).field() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The first violation's field. */
    public String field() {
        return violations.isEmpty() ? "" : violations.get(0).field();
    }

    /** One thing wrong: the key's path and what is wrong with it. */
    public record Violation(String field, String message) {
    }
}
