package io.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The start-up check of the packaged jar's database URL against the kind it was built for. */
class NewsgraphTest {

    @Test
    void aUrlOfTheBuildsKindOrNoneStarts() {
        assertNull(Newsgraph.refusal("h2", null));
        assertNull(Newsgraph.refusal("h2", "jdbc:h2:file:./data/newsgraph"));
        assertNull(Newsgraph.refusal("postgresql", "jdbc:postgresql://db:5432/newsgraph?password=secret"));
    }

    @Test
    void theH2JarGivenAPostgreSqlUrlSaysHowToBuildTheOther() {
        assertEquals("newsgraph: this jar was built for H2 and cannot use a jdbc:postgresql: URL; build the "
                + "PostgreSQL jar with: ./mvnw package -Ppostgresql -DskipTests (then java -jar "
                + "target/quarkus-app/quarkus-run.jar)",
                Newsgraph.refusal("h2", "jdbc:postgresql://db:5432/newsgraph?password=secret"));
    }

    @Test
    void thePostgreSqlJarGivenAnH2UrlSaysHowToBuildTheOther() {
        assertEquals("newsgraph: this jar was built for PostgreSQL and cannot use a jdbc:h2: URL; build the "
                + "H2 jar with: ./mvnw package -DskipTests (then java -jar target/quarkus-app/quarkus-run.jar)",
                Newsgraph.refusal("postgresql", "jdbc:h2:mem:x"));
    }
}
