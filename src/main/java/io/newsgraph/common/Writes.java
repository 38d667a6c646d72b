package io.newsgraph.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.util.Objects;

/** Helpers every mutation uses to fail early and clearly instead of at commit time. */
public final class Writes {

    private Writes() {
    }

    /**
     * Flushes pending changes now, inside the caller's transaction, so that a lost race on a unique key or a
     * version surfaces as CONFLICT rather than as an opaque commit failure.
     */
    public static void flush() {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("the record was changed by someone else meanwhile; reload and retry");
        } catch (PersistenceException e) {
            if (e instanceof org.hibernate.exception.ConstraintViolationException
                    || e.getCause() instanceof org.hibernate.exception.ConstraintViolationException) {
                throw new ConflictException("the change conflicts with existing data: " + constraintOf(e));
            }
            throw e;
        }
    }

    /**
     * Counts a change to a record's own collection (an actor's aliases) as a change of the record: a new
     * version and updatedAt, so concurrent editors see it.
     */
    public static void touch(MutableEntity entity) {
        entity.updatedAt = OffsetDateTime.now();
        Panache.getEntityManager().lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush();
    }

    /** The record an update or delete names, refusing it unless it is at the version the client expects. */
    public static <T extends TrackedEntity> T loadForChange(Class<T> type, VersionedRef ref, String what) {
        T entity = found(Panache.getEntityManager().find(type, ref.id), what, ref.id, "input.id");
        checkVersion(entity, ref.expectedVersion, what);
        return entity;
    }

    /** Refuses to touch a record whose version is not the one the client last read. */
    public static void checkVersion(TrackedEntity entity, Integer expectedVersion, String what) {
        if (expectedVersion != null && !Objects.equals(entity.version, expectedVersion)) {
            throw new ConflictException(what + " " + entity.id + " is at version " + entity.version
                    + ", not " + expectedVersion + "; reload it and retry", "expectedVersion");
        }
    }

    private static String constraintOf(PersistenceException e) {
        org.hibernate.exception.ConstraintViolationException violation =
                e instanceof org.hibernate.exception.ConstraintViolationException cve
                        ? cve
                        : (org.hibernate.exception.ConstraintViolationException) e.getCause();
        return violation.getConstraintName() == null ? "a constraint" : violation.getConstraintName().toLowerCase();
    }

    /** Turns "" into null, so clients can clear an optional text field. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The entity, or NOT_FOUND naming the input field that held its id. */
    public static <T extends TrackedEntity> T found(T entity, String what, Long id, String field) {
        if (entity == null) {
            throw new NotFoundException("no " + what + " with id " + id, field);
        }
        return entity;
    }

    /** A required text an update may leave out but not blank out. */
    public static void notBlankIfGiven(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new BadUserInputException("input." + field + " cannot be blank", "input." + field);
        }
    }

    /** A value a create mutation cannot do without. */
    public static <T> T required(T value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new BadUserInputException("input." + field + " is required", "input." + field);
        }
        return value;
    }
}
