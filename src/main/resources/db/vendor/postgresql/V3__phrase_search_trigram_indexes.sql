-- Phrase search (search, and the text filters of articles and statements) matches lower(column) LIKE '%phrase%',
-- which a B-tree cannot serve: without these it reads every statement and every article body per request.
-- Trigram indexes answer such a LIKE from the phrase's trigrams (phrases of 3 characters or more).
-- PostgreSQL only (H2 has no trigram index): this folder shares db/migration's version sequence.
-- pg_trgm ships with PostgreSQL and is a trusted extension (13+): the schema owner may create it.
create extension if not exists pg_trgm;

create index ix_statement_text_trgm on statement using gin (lower(text) gin_trgm_ops);
create index ix_article_text_trgm
    on article using gin (lower(title) gin_trgm_ops, lower(standfirst) gin_trgm_ops, lower(body) gin_trgm_ops);
