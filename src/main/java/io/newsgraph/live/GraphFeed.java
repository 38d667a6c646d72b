package io.newsgraph.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Relays committed graph events to every subscriber. Writers fire {@link GraphEvent}s inside their transaction;
 * this hears them only after it commits, so a rolled-back write is never announced.
 */
@ApplicationScoped
public class GraphFeed {

    private final BroadcastProcessor<GraphEvent> processor = BroadcastProcessor.create();
    private final LiveConfig config;

    public GraphFeed(LiveConfig config) {
        this.config = config;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphEvent event) {
        processor.onNext(event);
    }

    /**
     * Events of one type, only those concerning {@code actorId} when it is given. Each subscriber gets them on a
     * worker thread (loading and rendering them queries the database, which the committing request thread and
     * the event loop must not wait for); past the buffer, a slow subscriber's oldest undelivered events drop.
     */
    public <E extends GraphEvent> Multi<E> events(Class<E> type, Long actorId) {
        return processor
                .filter(event -> type.isInstance(event) && (actorId == null || event.actorIds().contains(actorId)))
                .map(type::cast)
                .onOverflow().buffer(config.bufferSize())
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }
}
