package io.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/configuration.md has one row for every key of application.properties, and no row for anything else. */
class ConfigurationDocsTest {

    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Path DOCS = Path.of("docs/configuration.md");
    /** A table row whose first cell is one property key in backticks (keys have dots; variables do not). */
    private static final Pattern ROW = Pattern.compile("^\\| `([^`\\s]+\\.[^`\\s]+)` \\|", Pattern.MULTILINE);

    @Test
    void everyPropertyIsDocumentedOnceAndOnlyThose() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String line : Files.readAllLines(PROPERTIES)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                // %dev,test.key=value sets key for those profiles
                keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip().replaceFirst("^%[^.]+\\.", ""));
            }
        }
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(Files.readString(DOCS));
        while (row.find()) {
            rows.add(row.group(1));
        }
        assertEquals(keys, new TreeSet<>(rows), "keys of " + PROPERTIES + " (left) against rows of " + DOCS);
        assertEquals(new TreeSet<>(rows).size(), rows.size(), "a key documented twice in " + DOCS + ": " + rows);
    }
}
