-- Core graph: actors, articles, statements, reactions and the citations tying them to article text.
-- Portable between H2 (2.x) and PostgreSQL (15+): plain types, named constraints, sequences.

create sequence actor_seq start with 1 increment by 50;
create sequence actor_alias_seq start with 1 increment by 50;
create sequence article_seq start with 1 increment by 50;
create sequence statement_seq start with 1 increment by 50;
create sequence reaction_seq start with 1 increment by 50;
create sequence citation_seq start with 1 increment by 50;

create table actor (
    id              bigint        not null,
    name            varchar(300)  not null,
    kind            varchar(32)   not null,
    role            varchar(300),
    affiliation_id  bigint,
    external_id     varchar(64),
    description     varchar(2000),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         integer       not null,
    constraint pk_actor primary key (id),
    constraint fk_actor_affiliation foreign key (affiliation_id) references actor (id),
    constraint uq_actor_external_id unique (external_id),
    constraint ck_actor_kind check (kind in ('PERSON', 'GOVERNMENT', 'COUNTRY', 'ORGANISATION', 'MEDIA_OUTLET'))
);
create index ix_actor_affiliation on actor (affiliation_id);

create table actor_alias (
    id        bigint       not null,
    actor_id  bigint       not null,
    name      varchar(300) not null,
    -- lower-cased name: aliases are unique per actor regardless of case
    name_key  varchar(300) not null,
    constraint pk_actor_alias primary key (id),
    constraint fk_actor_alias_actor foreign key (actor_id) references actor (id) on delete cascade,
    constraint uq_actor_alias unique (actor_id, name_key)
);
create index ix_actor_alias_name_key on actor_alias (name_key);

create table article (
    id                  bigint          not null,
    title               varchar(1000)   not null,
    standfirst          varchar(2000),
    url                 varchar(2000),
    outlet              varchar(300),
    author              varchar(300),
    published_at        timestamp(6) with time zone,
    -- the publisher's UTC offset in seconds, kept because PostgreSQL normalises timestamptz to UTC
    published_at_offset integer,
    language            varchar(16),
    body                varchar(1000000) not null,
    content_hash        varchar(64)     not null,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    version             integer         not null,
    constraint pk_article primary key (id),
    constraint uq_article_url unique (url),
    constraint uq_article_content_hash unique (content_hash)
);
create index ix_article_published_at on article (published_at);
create index ix_article_outlet on article (outlet);

create table statement (
    id                bigint        not null,
    speaker_id        bigint        not null,
    text              varchar(10000) not null,
    kind              varchar(32)   not null,
    said_on           date,
    said_on_precision varchar(16),
    venue             varchar(500),
    variant_of_id     bigint,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    version           integer       not null,
    constraint pk_statement primary key (id),
    constraint fk_statement_speaker foreign key (speaker_id) references actor (id),
    constraint fk_statement_variant_of foreign key (variant_of_id) references statement (id) on delete set null,
    constraint ck_statement_kind check (kind in ('DIRECT_QUOTE', 'PARAPHRASE')),
    constraint ck_statement_precision check (said_on_precision in ('DAY', 'MONTH', 'YEAR'))
);
create index ix_statement_speaker on statement (speaker_id);
create index ix_statement_variant_of on statement (variant_of_id);
create index ix_statement_said_on on statement (said_on);

create table reaction (
    id           bigint      not null,
    actor_id     bigint      not null,
    target_id    bigint      not null,
    stance       varchar(32) not null,
    response_id  bigint,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    version      integer     not null,
    constraint pk_reaction primary key (id),
    constraint fk_reaction_actor foreign key (actor_id) references actor (id),
    constraint fk_reaction_target foreign key (target_id) references statement (id),
    constraint fk_reaction_response foreign key (response_id) references statement (id),
    constraint ck_reaction_stance check (stance in ('SUPPORTS', 'PRAISES', 'ECHOES', 'ACKNOWLEDGES', 'DOUBTS',
                                                    'CRITICIZES', 'OPPOSES', 'REJECTS', 'WARNS')),
    constraint ck_reaction_not_self check (response_id is null or response_id <> target_id)
);
create index ix_reaction_actor on reaction (actor_id);
create index ix_reaction_target on reaction (target_id);
create index ix_reaction_response on reaction (response_id);

create table citation (
    id            bigint         not null,
    article_id    bigint         not null,
    statement_id  bigint,
    reaction_id   bigint,
    excerpt       varchar(10000) not null,
    start_offset  integer        not null,
    end_offset    integer        not null,
    created_at    timestamp(6) with time zone not null,
    version       integer        not null,
    constraint pk_citation primary key (id),
    constraint fk_citation_article foreign key (article_id) references article (id) on delete cascade,
    constraint fk_citation_statement foreign key (statement_id) references statement (id) on delete cascade,
    constraint fk_citation_reaction foreign key (reaction_id) references reaction (id) on delete cascade,
    -- a citation backs exactly one statement or one reaction
    constraint ck_citation_subject check ((statement_id is null and reaction_id is not null)
                                          or (statement_id is not null and reaction_id is null)),
    constraint ck_citation_offsets check (start_offset >= 0 and end_offset > start_offset)
);
create index ix_citation_article on citation (article_id);
create index ix_citation_statement on citation (statement_id);
create index ix_citation_reaction on citation (reaction_id);
