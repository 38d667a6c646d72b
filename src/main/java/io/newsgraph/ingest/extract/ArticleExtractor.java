package io.newsgraph.ingest.extract;

/**
 * Reads a raw article: cleans it into the body that gets stored, then finds who said what and who reacted.
 * Pure and deterministic: no database, no network, so the evaluation can run it without a server.
 */
public interface ArticleExtractor {

    /**
     * Strips HTML and page chrome (icon lists, navigation, photo credits, "Most Read" blocks) from raw text or
     * HTML.
     */
    String clean(String rawTextOrHtml);

    /** Extracts actors, statements and reactions from a cleaned body; every offset points into that body. */
    Extraction extract(String cleanBody);
}
