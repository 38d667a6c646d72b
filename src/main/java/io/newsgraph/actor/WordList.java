package io.newsgraph.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a word list kept as a resource beside the class that owns it: one entry a line, blank lines and lines
 * starting with # skipped, trailing tabs dropped. Shared by {@link NameKey}'s lists and the extractor's lexicon.
 */
public final class WordList {

    private WordList() {}

    /** The entries of {@code resource}, resolved relative to {@code owner}'s package. */
    public static List<String> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource + " beside " + owner.getName());
            }
            List<String> result = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    result.add(line.strip().replaceAll("\t+$", ""));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a two-column list ({@code key<TAB>value}), in file order, read-only. */
    public static Map<String, String> pairs(Class<?> owner, String resource) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : lines(owner, resource)) {
            String[] parts = line.split("\t");
            result.put(parts[0], parts[1]);
        }
        return Collections.unmodifiableMap(result);
    }
}
