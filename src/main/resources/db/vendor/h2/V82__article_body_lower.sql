-- The lowered body the phrase search matches (see db/vendor/postgresql's V82: lowering each body per search cost
-- more than the rest of the statement). H2 computes it on every write, as PostgreSQL's stored generated column.
alter table article add column body_lower varchar(1000000) generated always as (lower(body));
