-- Quotes whose speaker the extractor could not name are kept with no speaker (an editor sets it by correcting).
alter table statement alter column speaker_id drop not null;

-- Review by editors: what extraction wrote (EXTRACTED) against what a person decided (CONFIRMED, CORRECTED,
-- REJECTED); the extractor's confidence (0..1) and the words of the article that produced the item. Rows written
-- before this migration cannot tell an ingested item from a curated one, so they start EXTRACTED: unreviewed is
-- the claim that is never wrong.
alter table statement add column review_status varchar(16) default 'EXTRACTED' not null;
alter table statement add column confidence double precision;
alter table statement add column cue varchar(500);
alter table statement add constraint ck_statement_review_status
    check (review_status in ('EXTRACTED', 'CONFIRMED', 'CORRECTED', 'REJECTED'));
alter table statement add constraint ck_statement_confidence check (confidence between 0 and 1);
create index ix_statement_review on statement (review_status, confidence);

alter table reaction add column review_status varchar(16) default 'EXTRACTED' not null;
alter table reaction add column confidence double precision;
alter table reaction add column cue varchar(500);
alter table reaction add constraint ck_reaction_review_status
    check (review_status in ('EXTRACTED', 'CONFIRMED', 'CORRECTED', 'REJECTED'));
alter table reaction add constraint ck_reaction_confidence check (confidence between 0 and 1);
create index ix_reaction_review on reaction (review_status, confidence);

alter table citation add column review_status varchar(16) default 'EXTRACTED' not null;
alter table citation add column confidence double precision;
alter table citation add column cue varchar(500);
alter table citation add constraint ck_citation_review_status
    check (review_status in ('EXTRACTED', 'CONFIRMED', 'CORRECTED', 'REJECTED'));
alter table citation add constraint ck_citation_confidence check (confidence between 0 and 1);
create index ix_citation_review on citation (review_status, confidence);

-- A citation is reviewed too, so it changes after creation like the records it backs.
alter table citation add column updated_at timestamp(6) with time zone default current_timestamp not null;
update citation set updated_at = created_at;
