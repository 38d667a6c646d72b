-- The article list's order (newest first; the publisher's offset, then the id, break ties) read straight from an
-- index, forwards for DESC and backwards for ASC, instead of sorting every article for each page.
-- ix_article_published_at stays: its NULLS FIRST order (read backwards) serves other clients of the same tables.
create index ix_article_published_order
    on article (published_at desc nulls last, published_at_offset desc nulls last, id desc);
