package io.newsgraph.security;

import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** Test only: a read SmallRye resolves through Hibernate whose one SQL statement runs for minutes. */
@GraphQLApi
public class SlowQueryApi {

    private final EntityManager entityManager;
    private final String dbKind;

    public SlowQueryApi(EntityManager entityManager,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.entityManager = entityManager;
        this.dbKind = dbKind;
    }

    @Query
    @Description("Test only: a statement that runs for minutes unless the database cancels it.")
    public String slowStatement() {
        String sql = "postgresql".equals(dbKind) ? "select cast(pg_sleep(600) as text)"
                : "select cast(count(*) as varchar) from system_range(1, 100000) a, system_range(1, 100000) b";
        return String.valueOf(entityManager.createNativeQuery(sql).getSingleResult());
    }
}
