package io.newsgraph.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;

/** Checks a mutation input's Bean Validation constraints and reports the first broken one as BAD_USER_INPUT. */
@ApplicationScoped
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T input) {
        if (input == null) {
            throw new BadUserInputException("input is required", "input");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        violations.stream()
                .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    // Hibernate Validator names list elements "aliases[1].<list element>"; clients know "aliases[1]".
                    String field = "input." + violation.getPropertyPath().toString().replaceAll("\\.?<[^>]+>", "");
                    throw new BadUserInputException(field + " " + violation.getMessage(), field);
                });
        return input;
    }
}
