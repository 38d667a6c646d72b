package io.newsgraph.ingest;

import org.eclipse.microprofile.graphql.Description;

@Description("What ingestion did with something the article reports.")
public enum IngestOutcome {
    @Description("New in the graph: this article is the first to report it.")
    CREATED,
    @Description("Already in the graph: an actor matched under a known name, or a statement or reaction that another"
            + " article reported, merged with it (this article now also cites it).")
    MATCHED
}
