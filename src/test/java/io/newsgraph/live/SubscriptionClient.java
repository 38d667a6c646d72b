package io.newsgraph.live;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real graphql-ws client ({@code src/test/js/subclient.mjs}, the graphql-ws library on Node) subscribed to one
 * operation in its own process, printing each event as a JSON line and exiting after {@code maxEvents}.
 */
final class SubscriptionClient implements AutoCloseable {

    private static final Path DIR = Path.of("src/test/js");

    private final Process process;
    private final Path output;

    private SubscriptionClient(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static SubscriptionClient subscribe(String wsUrl, String query, int maxEvents) throws IOException,
            InterruptedException {
        installOnce();
        Path output = Files.createTempFile("subclient", ".out");
        Process process = new ProcessBuilder("node", "subclient.mjs", wsUrl, query, String.valueOf(maxEvents), "60000")
                .directory(DIR.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new SubscriptionClient(process, output);
    }

    /** Whether the client has exited, waiting up to {@code millis} for it. */
    boolean finished(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Everything the client printed: one JSON line per event, then "received N events". */
    List<String> lines() throws IOException {
        return Files.readAllLines(output);
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        Files.deleteIfExists(output);
    }

    private static synchronized void installOnce() throws IOException, InterruptedException {
        if (new File(DIR.toFile(), "node_modules").isDirectory()) {
            return;
        }
        // output to the test log, but not surefire's stdin: npm would set it non-blocking, and surefire's command
        // reader in this JVM then fails ("std/in stream corrupted") although every test passes
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(DIR.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (npm.waitFor() != 0) {
            throw new IllegalStateException("npm ci failed in " + DIR);
        }
    }
}
