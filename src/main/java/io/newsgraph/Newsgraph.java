package io.newsgraph;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * The packaged application's entry point: refuses, in one plain line on standard error, a database URL of another
 * kind than the one the jar was built for, before Quarkus starts. Quarkus fixes the datasource's kind (driver,
 * Hibernate dialect) at build time, and a runtime choice would need a persistence unit per kind, which Panache
 * entities cannot share; without this check the H2 jar given a PostgreSQL URL failed with "Driver does not support
 * the provided URL" inside a JSON log line (docs/operations.md, "H2 or PostgreSQL").
 */
@QuarkusMain
public final class Newsgraph {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String URL_VARIABLE = "QUARKUS_DATASOURCE_JDBC_URL";

    private Newsgraph() {
    }

    public static void main(String... args) {
        String url = System.getProperty(URL_PROPERTY, System.getenv(URL_VARIABLE));
        String refusal = refusal(builtFor(), url);
        if (refusal != null) {
            System.err.println(refusal);
            System.exit(2);
        }
        Quarkus.run(args);
    }

    /** Why the jar built for {@code kind} cannot use {@code url}, in one line; null when it can (or none is set). */
    static String refusal(String kind, String url) {
        if (url == null || url.isBlank() || !url.startsWith("jdbc:")) {
            return null;
        }
        String given = url.substring("jdbc:".length()).split(":", 2)[0].toLowerCase(Locale.ROOT);
        if (given.equals(kind)) {
            return null;
        }
        return "newsgraph: this jar was built for " + name(kind) + " and cannot use a jdbc:" + given + ": URL; "
                + (given.equals("postgresql")
                        ? "build the PostgreSQL jar with: ./mvnw package -Ppostgresql -DskipTests"
                        : "build the H2 jar with: ./mvnw package -DskipTests")
                + " (then java -jar target/quarkus-app/quarkus-run.jar)";
    }

    private static String name(String kind) {
        return kind.equals("h2") ? "H2" : kind.equals("postgresql") ? "PostgreSQL" : kind;
    }

    /** The database kind fixed when the jar was built (Maven writes it into application.properties). */
    private static String builtFor() {
        Properties properties = new Properties();
        try (InputStream in = Newsgraph.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("quarkus.datasource.db-kind", "h2");
    }
}
