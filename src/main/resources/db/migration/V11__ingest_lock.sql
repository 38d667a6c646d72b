-- One row that ingestions lock (SELECT ... FOR UPDATE) while they match and create actors, so that articles
-- ingested at the same time naming the same new person create one actor, on H2 and PostgreSQL alike: the second
-- waits, then sees the first one's actors.
create table ingest_lock (
    id integer not null,
    constraint pk_ingest_lock primary key (id)
);
insert into ingest_lock (id) values (1);
