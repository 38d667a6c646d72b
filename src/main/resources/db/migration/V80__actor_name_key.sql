-- The actor's name folded as its aliases' names are (io.newsgraph.actor.NameKey.spelling: accents, case and
-- spacing), so that the name search matches names and aliases alike ("Szijjarto" finds "Péter Szijjártó").
-- SQL cannot fold accents portably: V81 (Java) fills it for the rows already there, the service on every write.
alter table actor add column name_key varchar(300) default '' not null;
alter table actor alter column name_key drop default;
