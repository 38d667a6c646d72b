package io.newsgraph.live;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/** Loads the record an event names; events travel outside any request, so this opens its own context. */
@ApplicationScoped
public class LiveRecords {

    @ActivateRequestContext
    public <T> T find(Class<T> type, long id) {
        return Panache.getEntityManager().find(type, id);
    }
}
