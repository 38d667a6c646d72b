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
