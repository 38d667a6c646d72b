package io.newsgraph.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
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
            ConflictException conflict = conflictOf(e);
            throw conflict == null ? e : conflict;
        }
    }

    /**
     * CONFLICT for a write that lost to a concurrent one or to existing data, wherever the database refused it
     * (at a flush, a lock or the commit): a unique or foreign key (SQLState 23xxx), a deadlock or serialisation
     * failure (40xxx), a lock wait that timed out (H2's HYT00, PostgreSQL's 55P03), an optimistic version check.
     * Null for any other failure. The message names no constraint or table: those are the schema's, not the API's.
     */
    public static ConflictException conflictOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConflictException conflict) {
                return conflict;
            }
            if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return new ConflictException("the record was changed by someone else meanwhile; reload and retry");
            }
            String state = t instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00")
                    || state.equals("55P03"))) {
                return new ConflictException(state.startsWith("23")
                        ? "the change conflicts with existing data or with a change made at the same time;"
                                + " nothing was saved: reload and retry"
                        : "records this change needs were being changed at the same time; nothing was saved: retry");
            }
        }
        return null;
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
