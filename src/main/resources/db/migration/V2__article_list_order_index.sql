-- The article list's order (newest first; the publisher's offset, then the id, break ties) read straight from an
-- index, forwards for DESC and backwards for ASC, instead of sorting every article for each page. It leads with
-- published_at, so it also serves the date range filters the single-column index served.
create index ix_article_published_order
    on article (published_at desc nulls last, published_at_offset desc nulls last, id desc);
drop index ix_article_published_at;
