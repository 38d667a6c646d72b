-- The few SQL functions PostGraphile needs to expose what Newsgraph's schema has and a plain table schema
-- lacks: article.statements (through citations, in order of first appearance) and the phrase search. Each
-- mirrors the service's query (same filter, order and tie-breaks) so both servers return the same ids.
-- Stable SQL functions: PostGraphile inlines them into its single SQL statement per request.

create or replace function article_statements(a article) returns setof statement
language sql stable as $$
    select s.* from statement s
    join (select statement_id, min(start_offset) as pos from citation
          where article_id = a.id and statement_id is not null group by statement_id) c on c.statement_id = s.id
    order by c.pos, s.id
$$;

create or replace function search_statements(phrase text) returns setof statement
language sql stable as $$
    select * from statement where lower(text) like '%' || lower(phrase) || '%'
    order by said_on desc nulls last, id desc
$$;

create or replace function search_articles(phrase text) returns setof article
language sql stable as $$
    select * from article
    where lower(title) like '%' || lower(phrase) || '%' or lower(standfirst) like '%' || lower(phrase) || '%'
       or lower(body) like '%' || lower(phrase) || '%'
    order by published_at desc nulls last, id desc
$$;

create or replace function search_actors(phrase text) returns setof actor
language sql stable as $$
    select * from actor a
    where lower(a.name) like '%' || lower(phrase) || '%' or lower(a.role) like '%' || lower(phrase) || '%'
       or exists (select 1 from actor_alias al where al.actor_id = a.id and al.name_key like '%' || lower(phrase) || '%')
    order by a.name asc nulls first, a.id asc
$$;

-- A statement's and a reaction's citations, earliest article first (undated last), then by position, as the
-- service orders them.
create or replace function statement_citations(s statement) returns setof citation
language sql stable as $$
    select c.* from citation c join article a on a.id = c.article_id where c.statement_id = s.id
    order by a.published_at asc nulls last, a.published_at_offset asc nulls last, c.article_id, c.start_offset
$$;

create or replace function reaction_citations(r reaction) returns setof citation
language sql stable as $$
    select c.* from citation c join article a on a.id = c.article_id where c.reaction_id = r.id
    order by a.published_at asc nulls last, a.published_at_offset asc nulls last, c.article_id, c.start_offset
$$;
