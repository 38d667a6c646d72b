package io.newsgraph.actor;

import static io.newsgraph.MutationFixtures.actor;
import static io.newsgraph.MutationFixtures.actorsNamed;
import static io.newsgraph.MutationFixtures.assertError;
import static io.newsgraph.MutationFixtures.assertOnlyError;
import static io.newsgraph.MutationFixtures.assertSchemaError;
import static io.newsgraph.MutationFixtures.createActor;
import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static io.newsgraph.MutationFixtures.reaction;
import static io.newsgraph.MutationFixtures.statement;
import static io.newsgraph.MutationFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * createActor, updateActor, deleteActor, addAlias, removeAlias and mergeActors over HTTP. Every test works on
 * actors it creates, named with a unique token, so "nothing was stored" is a name search for that token.
 */
@QuarkusTest
class ActorMutationTest {

    private static final String UNKNOWN_ID = "987654321";

    // ---------------------------------------------------------------- create

    @Test
    void createActorStoresEveryFieldAndReturnsItInThePayload() {
        String token = token();
        String country = createActor(map("name", "Country " + token, "kind", "COUNTRY")).getString("id");

        JsonPath actor = createActor(map(
                "name", "  Oleksiy " + token + "  ",
                "kind", "PERSON",
                "role", "Ukrainian MP",
                "externalId", "Q" + token,
                "description", "A member of parliament.",
                "affiliationId", country,
                "aliases", List.of("Alexey " + token, " Aleksey " + token + " ")));

        assertEquals("Oleksiy " + token, actor.getString("name"), "the name is stored stripped");
        assertEquals("PERSON", actor.getString("kind"));
        assertEquals("Ukrainian MP", actor.getString("role"));
        assertEquals("Q" + token, actor.getString("externalId"));
        assertEquals("A member of parliament.", actor.getString("description"));
        assertEquals(country, actor.getString("affiliation.id"));
        assertEquals(List.of("Alexey " + token, "Aleksey " + token), actor.getList("aliases"));
        assertEquals(0, actor.getInt("version"));

        JsonPath stored = read(actor.getString("id"));
        assertEquals(actor.getString("name"), stored.getString("name"));
        assertEquals(actor.getList("aliases"), stored.getList("aliases"));
        assertEquals(List.of(actor.getString("id")), read(country).getList("affiliates.id"));
        // found by every name it is known by
        assertEquals(1, actorsNamed("aleksey " + token));
        assertEquals(1, actorsNamed("OLEKSIY " + token));
    }

    static Stream<Arguments> missingRequiredFields() {
        return Stream.of(
                Arguments.of("name", null, "input.name"),
                Arguments.of("name", "", "input.name"),
                Arguments.of("name", "  \t", "input.name"),
                Arguments.of("kind", null, "input.kind"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("missingRequiredFields")
    void createActorRequiresANameAndAKind(String field, String value, String errorField) {
        String token = token();
        Map<String, Object> actor = map("name", "Name " + token, "kind", "PERSON", "role", "Role " + token,
                "aliases", List.of("Alias " + token));
        actor.put(field, value);

        JsonPath error = assertOnlyError(GraphQL.run("actor/createActor", input(actor)), "createActor");

        assertError(error, "BAD_USER_INPUT", errorField, errorField, "required");
        assertEquals(0, actorsNamed(token), "nothing is stored");
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("name", "n".repeat(301), "input.name", "300"),
                Arguments.of("role", "r".repeat(301), "input.role", "300"),
                Arguments.of("externalId", "Q".repeat(65), "input.externalId", "64"),
                Arguments.of("description", "d".repeat(2001), "input.description", "2000"));
    }

    @ParameterizedTest(name = "{0} too long")
    @MethodSource("invalidValues")
    void createActorRefusesTooLongValues(String field, String value, String errorField, String limit) {
        String token = token();
        Map<String, Object> actor = map("name", "Name " + token, "kind", "PERSON", "aliases",
                List.of("Alias " + token));
        actor.put(field, value);

        JsonPath error = assertOnlyError(GraphQL.run("actor/createActor", input(actor)), "createActor");

        assertError(error, "BAD_USER_INPUT", errorField, errorField, limit);
        assertEquals(0, actorsNamed(token), "nothing is stored");
    }

    @Test
    void aDuplicateAliasInTheListStoresNothing() {
        String token = token();
        JsonPath error = assertOnlyError(GraphQL.run("actor/createActor", input(map("name", "Name " + token,
                "kind", "PERSON", "aliases", List.of("First " + token, "Second " + token, "SECOND " + token)))),
                "createActor");

        assertError(error, "CONFLICT", "input.aliases[2]", "already known as", "SECOND " + token);
        assertEquals(0, actorsNamed(token), "neither the actor nor any of its aliases is stored");
    }

    @Test
    void anAliasEqualToTheNameInAnyCaseIsAConflict() {
        String token = token();
        JsonPath error = assertOnlyError(GraphQL.run("actor/createActor", input(map("name", "Name " + token,
                "kind", "PERSON", "aliases", List.of("Other " + token, "name " + token)))), "createActor");

        assertError(error, "CONFLICT", "input.aliases[1]", "already known as", "name " + token);
        assertEquals(0, actorsNamed(token));
    }

    static Stream<Arguments> invalidAliases() {
        return Stream.of(
                Arguments.of("   ", "blank"),
                Arguments.of("", "blank"),
                Arguments.of(null, "blank"),
                Arguments.of("a".repeat(301), "300"));
    }

    @ParameterizedTest(name = "alias \"{0}\"")
    @MethodSource("invalidAliases")
    void aBlankOrTooLongAliasIsBadUserInputNamingItsPosition(String alias, String explanation) {
        String token = token();
        JsonPath error = assertOnlyError(GraphQL.run("actor/createActor", input(map("name", "Name " + token,
                "kind", "PERSON", "aliases", Arrays.asList("Good " + token, alias)))), "createActor");

        assertError(error, "BAD_USER_INPUT", "input.aliases[1]", "input.aliases[1]", explanation);
        assertEquals(0, actorsNamed(token));
    }

    @Test
    void atMostFiftyAliasesAreAccepted() {
        String token = token();
        List<String> aliases = IntStream.rangeClosed(1, 51).mapToObj(i -> "Alias " + i + " " + token).toList();
        JsonPath error = assertOnlyError(GraphQL.run("actor/createActor",
                input(map("name", "Name " + token, "kind", "PERSON", "aliases", aliases))), "createActor");

        assertError(error, "BAD_USER_INPUT", "input.aliases", "input.aliases", "50");
        assertEquals(0, actorsNamed(token));

        JsonPath fifty = createActor(map("name", "Name " + token, "kind", "PERSON", "aliases",
                aliases.subList(0, 50)));
        assertEquals(50, fifty.getList("aliases").size());
    }

    @Test
    void anExternalIdBelongsToOneActorOnly() {
        String token = token();
        String holder = createActor(map("name", "Holder " + token, "kind", "PERSON", "externalId", "Q" + token))
                .getString("id");

        JsonPath error = assertOnlyError(GraphQL.run("actor/createActor", input(map("name", "Copy " + token,
                "kind", "PERSON", "externalId", "Q" + token))), "createActor");

        assertError(error, "CONFLICT", "input.externalId", "external id", "Q" + token);
        assertEquals(1, actorsNamed(token));
        assertEquals("Q" + token, read(holder).getString("externalId"));
    }

    @Test
    void anUnknownAffiliationIsNotFound() {
        String token = token();
        JsonPath error = assertOnlyError(GraphQL.run("actor/createActor", input(map("name", "Name " + token,
                "kind", "PERSON", "affiliationId", UNKNOWN_ID))), "createActor");

        assertError(error, "NOT_FOUND", "input.affiliationId", "no actor", UNKNOWN_ID);
        assertEquals(0, actorsNamed(token));
    }

    // ---------------------------------------------------------------- update

    @Test
    void updateActorChangesTheGivenFieldsAndBumpsVersionAndUpdatedAt() {
        String token = token();
        String country = actor("Country " + token);
        JsonPath created = createActor(map("name", "Before " + token, "kind", "PERSON", "role", "MP",
                "description", "Old description", "affiliationId", country, "aliases", List.of("Alias " + token)));
        String id = created.getString("id");

        JsonPath updated = update(map("id", id, "expectedVersion", 0, "set", map("name", "After " + token,
                "kind", "GOVERNMENT", "description", "")));

        assertEquals("After " + token, updated.getString("name"));
        assertEquals("GOVERNMENT", updated.getString("kind"));
        assertNull(updated.get("description"), "\"\" clears an optional field");
        assertEquals("MP", updated.getString("role"), "fields left out keep their value");
        assertEquals(country, updated.getString("affiliation.id"));
        assertEquals(List.of("Alias " + token), updated.getList("aliases"));
        assertEquals(1, updated.getInt("version"));
        assertTrue(OffsetDateTime.parse(updated.getString("updatedAt"))
                .isAfter(OffsetDateTime.parse(created.getString("updatedAt"))));
        assertEquals(1, read(id).getInt("version"));

        JsonPath unaffiliated = update(map("id", id, "expectedVersion", 1, "set", map("clearAffiliation", true)));
        assertNull(unaffiliated.get("affiliation"));
        assertEquals(2, unaffiliated.getInt("version"));
        assertEquals(List.of(), read(country).getList("affiliates"));
    }

    /**
     * One update is one new version, whichever fields it changes: a client that sent expectedVersion 0 and got
     * version 1 back must be able to rely on that.
     */
    @Test
    void oneUpdateIsOneVersionEvenWhenItChangesTheExternalId() {
        String token = token();
        String id = actor("Name " + token);

        JsonPath updated = update(map("id", id, "expectedVersion", 0, "set", map("name", "Renamed " + token,
                "externalId", "Q" + token)));

        assertEquals("Q" + token, updated.getString("externalId"));
        assertEquals("Renamed " + token, updated.getString("name"));
        assertEquals(1, updated.getInt("version"));
        assertEquals(1, read(id).getInt("version"));
    }

    @Test
    void updateWithAStaleExpectedVersionIsAConflictAndChangesNothing() {
        String token = token();
        String id = actor("Name " + token);
        update(map("id", id, "expectedVersion", 0, "set", map("role", "Someone else's edit")));
        JsonPath before = read(id);

        JsonPath error = assertOnlyError(GraphQL.run("actor/updateActor", input(map("id", id,
                "expectedVersion", 0, "set", map("role", "My stale edit")))), "updateActor");

        assertError(error, "CONFLICT", "expectedVersion", "version 1", "not 0");
        assertEquals(before.getMap("$"), read(id).getMap("$"));
    }

    @Test
    void updateRefusesBadValuesAndChangesNothing() {
        String token = token();
        String holder = createActor(map("name", "Holder " + token, "kind", "PERSON", "externalId", "Q" + token))
                .getString("id");
        String id = createActor(map("name", "Name " + token, "kind", "PERSON", "aliases",
                List.of("Alias " + token))).getString("id");
        String affiliate = createActor(map("name", "Affiliate " + token, "kind", "PERSON", "affiliationId", id))
                .getString("id");
        JsonPath before = read(id);

        assertUpdateError(map("id", id, "set", map("name", " ")), "BAD_USER_INPUT", "input.set.name", "blank");
        assertUpdateError(map("id", id, "set", map("name", "n".repeat(301))), "BAD_USER_INPUT", "input.set.name",
                "300");
        assertUpdateError(map("id", id, "set", map("name", "ALIAS " + token)), "CONFLICT", "input.set.name",
                "alias");
        assertUpdateError(map("id", id, "set", map("externalId", "Q" + token)), "CONFLICT", "input.set.externalId",
                "Q" + token);
        assertUpdateError(map("id", id, "set", map("affiliationId", id)), "BAD_USER_INPUT",
                "input.set.affiliationId", "itself");
        assertUpdateError(map("id", id, "set", map("affiliationId", affiliate)), "BAD_USER_INPUT",
                "input.set.affiliationId", "itself");
        assertUpdateError(map("id", id, "set", map("affiliationId", UNKNOWN_ID)), "NOT_FOUND",
                "input.set.affiliationId", UNKNOWN_ID);

        assertEquals(before.getMap("$"), read(id).getMap("$"));
        assertEquals("Q" + token, read(holder).getString("externalId"));
    }

    /** Aliases are changed with addAlias and removeAlias; an update that carries them must not drop them silently. */
    @Test
    void updateRefusesAliasesInsteadOfIgnoringThem() {
        String token = token();
        String id = createActor(map("name", "Name " + token, "kind", "PERSON", "aliases", List.of("Old " + token)))
                .getString("id");
        JsonPath before = read(id);

        assertUpdateError(map("id", id, "set", map("role", "Minister", "aliases", List.of("New " + token))),
                "BAD_USER_INPUT", "input.set.aliases", "addAlias");

        assertEquals(before.getMap("$"), read(id).getMap("$"));
    }

    @Test
    void updateOfAnUnknownActorIsNotFound() {
        assertUpdateError(map("id", UNKNOWN_ID, "set", map("role", "x")), "NOT_FOUND", "input.id", UNKNOWN_ID);
    }

    // ---------------------------------------------------------------- delete

    @Test
    void deleteActorRemovesItWithItsAliasesAndUnlinksItsAffiliates() {
        String token = token();
        String id = createActor(map("name", "Country " + token, "kind", "COUNTRY", "aliases",
                List.of("Republic " + token))).getString("id");
        String affiliate = createActor(map("name", "Minister " + token, "kind", "PERSON", "affiliationId", id))
                .getString("id");

        JsonPath deleted = GraphQL.data("actor/deleteActor", input(map("id", id, "expectedVersion", 0)));

        assertEquals(id, deleted.getString("deleteActor.deletedId"));
        assertError(GraphQL.error("actor/actor", Map.of("id", id)), "NOT_FOUND", "id", "no actor", id);
        assertEquals(0, actorsNamed("Republic " + token), "its aliases are gone");
        assertNull(read(affiliate).get("affiliation"), "the affiliate stays, unaffiliated");
        assertError(assertOnlyError(GraphQL.run("actor/deleteActor", input(map("id", id))), "deleteActor"),
                "NOT_FOUND", "input.id", "no actor", id);
    }

    @Test
    void anActorWithStatementsOrReactionsCannotBeDeleted() {
        String token = token();
        String speaker = actor("Speaker " + token);
        String reactor = actor("Reactor " + token);
        String said = statement(speaker, "Said " + token);
        reaction(reactor, said, "DOUBTS");
        JsonPath speakerBefore = read(speaker);
        JsonPath reactorBefore = read(reactor);

        assertError(assertOnlyError(GraphQL.run("actor/deleteActor", input(map("id", speaker))), "deleteActor"),
                "CONFLICT", "input.id", "1 statements", "merge");
        assertError(assertOnlyError(GraphQL.run("actor/deleteActor", input(map("id", reactor))), "deleteActor"),
                "CONFLICT", "input.id", "1 reactions", "merge");

        assertEquals(speakerBefore.getMap("$"), read(speaker).getMap("$"));
        assertEquals(reactorBefore.getMap("$"), read(reactor).getMap("$"));
    }

    @Test
    void deleteWithAStaleExpectedVersionIsAConflictAndDeletesNothing() {
        String token = token();
        String id = actor("Name " + token);
        update(map("id", id, "set", map("role", "Edited")));

        assertError(assertOnlyError(GraphQL.run("actor/deleteActor", input(map("id", id, "expectedVersion", 0))),
                "deleteActor"), "CONFLICT", "expectedVersion", "version 1", "not 0");
        assertEquals("Edited", read(id).getString("role"));
    }

    @Test
    void deleteOfAnUnknownActorIsNotFound() {
        assertError(assertOnlyError(GraphQL.run("actor/deleteActor", input(map("id", UNKNOWN_ID))), "deleteActor"),
                "NOT_FOUND", "input.id", "no actor", UNKNOWN_ID);
    }

    // ---------------------------------------------------------------- aliases

    @Test
    void addAliasAppendsAnotherNameTheActorIsFoundBy() {
        String token = token();
        String id = createActor(map("name", "Name " + token, "kind", "PERSON", "aliases", List.of("First " + token)))
                .getString("id");

        JsonPath actor = GraphQL.at(GraphQL.data("actor/addAlias", input(map("actorId", id,
                "alias", "  Second " + token + " "))), "addAlias.actor");

        assertEquals(id, actor.getString("id"));
        assertEquals(List.of("First " + token, "Second " + token), actor.getList("aliases"));
        assertEquals(actor.getList("aliases"), read(id).getList("aliases"));
        assertEquals(1, actorsNamed("second " + token));
    }

    @Test
    void addAliasRefusesANameTheActorAlreadyHasInAnyCase() {
        String token = token();
        String id = createActor(map("name", "Name " + token, "kind", "PERSON", "aliases", List.of("Alias " + token)))
                .getString("id");
        JsonPath before = read(id);

        for (String taken : List.of("Alias " + token, "ALIAS " + token, " alias " + token, "name " + token,
                "NAME " + token)) {
            JsonPath error = assertOnlyError(GraphQL.run("actor/addAlias", input(map("actorId", id, "alias", taken))),
                    "addAlias");
            assertError(error, "CONFLICT", "input.alias", "already known as", taken.strip());
        }
        assertEquals(before.getMap("$"), read(id).getMap("$"));
    }

    /**
     * A spelling that differs from a known one only in accents is refused (CONFLICT), like one that differs only
     * in case: the name search and ingestion find the actor by either form, so a second alias would say nothing,
     * and the refusal names the spelling the actor already has.
     */
    @Test
    void addAliasRefusesASpellingTheActorHasWithOtherAccents() {
        String token = token();
        String id = createActor(map("name", "Péter " + token, "kind", "PERSON")).getString("id");
        GraphQL.data("actor/addAlias", input(map("actorId", id, "alias", "Szijjártó " + token)));

        JsonPath error = assertOnlyError(GraphQL.run("actor/addAlias", input(map("actorId", id,
                "alias", "Szijjarto " + token))), "addAlias");

        assertError(error, "CONFLICT", "input.alias", "already known as \"Szijjártó " + token + "\"",
                "\"Szijjarto " + token + "\" differs only in case, accents or spacing");
        assertEquals(List.of("Szijjártó " + token), read(id).getList("aliases"));
        JsonPath byName = assertOnlyError(GraphQL.run("actor/addAlias", input(map("actorId", id,
                "alias", "PETER  " + token))), "addAlias");
        assertError(byName, "CONFLICT", "input.alias", "already known as \"Péter " + token + "\"");
    }

    @Test
    void theNameFilterIgnoresAccentsInTheNameTheAliasesAndTheQuery() {
        String token = token();
        String id = createActor(map("name", "Péter Szijjártó " + token, "kind", "PERSON",
                "aliases", List.of("Kovács " + token))).getString("id");

        for (String query : List.of("peter szijjarto " + token, "SZIJJÁRTÓ " + token, "Szijjarto  " + token,
                "kovacs " + token, "KOVÁCS " + token)) {
            assertEquals(1, actorsNamed(query), query);
            JsonPath unplanned = GraphQL.data(GraphQL.unplanned("actor/actorsByName", Map.of("name", query)));
            assertEquals(List.of(id), unplanned.getList("actors.nodes.id"), query + " (SmallRye)");
        }
        assertEquals(0, actorsNamed("szijjarta " + token));
    }

    @Test
    void addAliasRefusesBlankTooLongAndUnknownActors() {
        String token = token();
        String id = actor("Name " + token);
        JsonPath before = read(id);

        assertError(assertOnlyError(GraphQL.run("actor/addAlias", input(map("actorId", id, "alias", "  "))),
                "addAlias"), "BAD_USER_INPUT", "input.alias", "input.alias", "blank");
        assertError(assertOnlyError(GraphQL.run("actor/addAlias", input(map("actorId", id, "alias",
                "a".repeat(301)))), "addAlias"), "BAD_USER_INPUT", "input.alias", "input.alias", "300");
        assertError(assertOnlyError(GraphQL.run("actor/addAlias", input(map("actorId", UNKNOWN_ID, "alias",
                "Alias " + token))), "addAlias"), "NOT_FOUND", "input.actorId", "no actor", UNKNOWN_ID);

        assertEquals(before.getMap("$"), read(id).getMap("$"));
        assertEquals(1, actorsNamed(token));
    }

    @Test
    void removeAliasRemovesItIgnoringCase() {
        String token = token();
        String id = createActor(map("name", "Name " + token, "kind", "PERSON", "aliases",
                List.of("Keep " + token, "Drop " + token))).getString("id");

        JsonPath actor = GraphQL.at(GraphQL.data("actor/removeAlias", input(map("actorId", id,
                "alias", "DROP " + token))), "removeAlias.actor");

        assertEquals(List.of("Keep " + token), actor.getList("aliases"));
        assertEquals(List.of("Keep " + token), read(id).getList("aliases"));
        assertEquals(0, actorsNamed("Drop " + token));
    }

    @Test
    void removeAliasOfANameTheActorDoesNotHaveIsNotFound() {
        String token = token();
        String id = createActor(map("name", "Name " + token, "kind", "PERSON", "aliases", List.of("Alias " + token)))
                .getString("id");
        JsonPath before = read(id);

        assertError(assertOnlyError(GraphQL.run("actor/removeAlias", input(map("actorId", id,
                "alias", "Other " + token))), "removeAlias"), "NOT_FOUND", "input.alias", "no alias", "Other " + token);
        assertError(assertOnlyError(GraphQL.run("actor/removeAlias", input(map("actorId", id,
                "alias", "Name " + token))), "removeAlias"), "NOT_FOUND", "input.alias", "no alias", "Name " + token);
        assertError(assertOnlyError(GraphQL.run("actor/removeAlias", input(map("actorId", UNKNOWN_ID,
                "alias", "Alias " + token))), "removeAlias"), "NOT_FOUND", "input.actorId", "no actor", UNKNOWN_ID);

        assertEquals(before.getMap("$"), read(id).getMap("$"));
    }

    // ---------------------------------------------------------------- merge

    @Test
    void mergeActorsFoldsEverythingOfTheMergedRecordIntoTheKeptOne() {
        String token = token();
        String keep = createActor(map("name", "Oleksiy " + token, "kind", "PERSON", "aliases",
                List.of("Oleksii " + token))).getString("id");
        String merged = createActor(map("name", "Alexey " + token, "kind", "PERSON", "role", "Ukrainian MP",
                "description", "MP from Odesa", "externalId", "Q" + token,
                "aliases", List.of("Aleksey " + token, "OLEKSIY " + token))).getString("id");
        String affiliate = createActor(map("name", "Aide " + token, "kind", "PERSON", "affiliationId", merged))
                .getString("id");
        String other = actor("Other " + token);
        String saidByMerged = statement(merged, "Said by merged " + token);
        String saidByKept = statement(keep, "Said by kept " + token);
        String givenByMerged = reaction(merged, saidByKept, "ECHOES");
        String receivedByMerged = reaction(other, saidByMerged, "CRITICIZES");

        JsonPath payload = GraphQL.at(GraphQL.data("actor/mergeActors",
                input(map("keepId", keep, "mergeId", merged))), "mergeActors");

        assertEquals(merged, payload.getString("mergedId"));
        JsonPath kept = GraphQL.at(payload, "actor");
        assertEquals(keep, kept.getString("id"));
        assertEquals("Oleksiy " + token, kept.getString("name"), "the kept name stays canonical");
        assertEquals(List.of("Oleksii " + token, "Alexey " + token, "Aleksey " + token), kept.getList("aliases"),
                "the merged name and aliases become aliases, without repeating the kept name");
        assertEquals("Q" + token, kept.getString("externalId"), "the external id fills the gap");
        assertEquals("Ukrainian MP", kept.getString("role"));
        assertEquals("MP from Odesa", kept.getString("description"));
        assertEquals(Set.of(saidByMerged, saidByKept), Set.copyOf(kept.getList("statements.id")));
        assertEquals(List.of(givenByMerged), kept.getList("reactionsGiven.id"));
        assertEquals(Set.of(receivedByMerged, givenByMerged), Set.copyOf(kept.getList("reactionsReceived.id")),
                "reactions to either record's statements");
        assertEquals(List.of(affiliate), kept.getList("affiliates.id"));
        JsonPath stored = read(keep);
        for (Object field : kept.getMap("$").keySet()) {
            Object expected = kept.get((String) field);
            Object actual = stored.get((String) field);
            assertEquals(expected, actual, () -> "stored " + field + " = payload's");
        }

        assertError(GraphQL.error("actor/actor", Map.of("id", merged)), "NOT_FOUND", "id", "no actor", merged);
        assertEquals(keep, read(affiliate).getString("affiliation.id"));
        assertEquals(1, actorsNamed("Aleksey " + token), "the merged alias now finds the kept actor");
        assertEquals(keep, GraphQL.data("actor/actorsByName", Map.of("name", "alexey " + token))
                .getString("actors.nodes[0].id"));
        assertError(assertOnlyError(GraphQL.run("actor/mergeActors", input(map("keepId", keep, "mergeId", merged))),
                "mergeActors"), "NOT_FOUND", "input.mergeId", "no actor", merged);
    }

    @Test
    void mergeKeepsTheKeptActorsOwnExternalIdRoleAndTakesTheMergedAffiliation() {
        String token = token();
        String country = actor("Country " + token);
        String merged = createActor(map("name", "Ministry " + token, "kind", "GOVERNMENT", "externalId",
                "QM" + token, "role", "Merged role", "affiliationId", country)).getString("id");
        String keep = createActor(map("name", "Minister " + token, "kind", "PERSON", "externalId", "QK" + token,
                "role", "Kept role", "affiliationId", merged)).getString("id");

        JsonPath kept = GraphQL.at(GraphQL.data("actor/mergeActors", input(map("keepId", keep, "mergeId", merged))),
                "mergeActors.actor");

        assertEquals("QK" + token, kept.getString("externalId"));
        assertEquals("Kept role", kept.getString("role"));
        assertEquals(country, kept.getString("affiliation.id"),
                "an actor affiliated with the merged record takes that record's own affiliation");
        assertEquals(List.of("Ministry " + token), kept.getList("aliases"));
    }

    @Test
    void mergingAnActorIntoItselfIsBadUserInput() {
        String token = token();
        String id = createActor(map("name", "Name " + token, "kind", "PERSON", "aliases", List.of("Alias " + token)))
                .getString("id");
        JsonPath before = read(id);

        JsonPath error = assertOnlyError(GraphQL.run("actor/mergeActors", input(map("keepId", id, "mergeId", id))),
                "mergeActors");

        assertError(error, "BAD_USER_INPUT", "input.mergeId", "itself");
        assertEquals(before.getMap("$"), read(id).getMap("$"));
    }

    @Test
    void mergingWithAnUnknownActorIsNotFoundAndLeavesTheOtherIntact() {
        String token = token();
        String id = actor("Name " + token);
        JsonPath before = read(id);

        assertError(assertOnlyError(GraphQL.run("actor/mergeActors", input(map("keepId", UNKNOWN_ID, "mergeId", id))),
                "mergeActors"), "NOT_FOUND", "input.keepId", "no actor", UNKNOWN_ID);
        assertError(assertOnlyError(GraphQL.run("actor/mergeActors", input(map("keepId", id, "mergeId", UNKNOWN_ID))),
                "mergeActors"), "NOT_FOUND", "input.mergeId", "no actor", UNKNOWN_ID);

        assertEquals(before.getMap("$"), read(id).getMap("$"));
    }

    /** The merge fails after statements and reactions were already moved over; all of that must roll back. */
    @Test
    void aFailedMergeLeavesBothActorsIntact() {
        String token = token();
        List<String> fiftyAliases = IntStream.rangeClosed(1, 50).mapToObj(i -> "Keep " + i + " " + token).toList();
        String keep = createActor(map("name", "Keep " + token, "kind", "PERSON", "aliases", fiftyAliases))
                .getString("id");
        String merged = createActor(map("name", "Merged " + token, "kind", "PERSON", "externalId", "Q" + token,
                "aliases", List.of("Merged alias " + token))).getString("id");
        String affiliate = createActor(map("name", "Aide " + token, "kind", "PERSON", "affiliationId", merged))
                .getString("id");
        String said = statement(merged, "Said " + token);
        String given = reaction(merged, statement(keep, "Kept said " + token), "ECHOES");
        JsonPath keepBefore = read(keep);
        JsonPath mergedBefore = read(merged);

        JsonPath error = assertOnlyError(GraphQL.run("actor/mergeActors",
                input(map("keepId", keep, "mergeId", merged))), "mergeActors");

        assertError(error, "BAD_USER_INPUT", "input.mergeId", "50 aliases");
        assertEquals(keepBefore.getMap("$"), read(keep).getMap("$"));
        JsonPath mergedAfter = read(merged);
        assertEquals(mergedBefore.getMap("$"), mergedAfter.getMap("$"));
        assertEquals(List.of(said), mergedAfter.getList("statements.id"));
        assertEquals(List.of(given), mergedAfter.getList("reactionsGiven.id"));
        assertEquals(merged, read(affiliate).getString("affiliation.id"));
    }

    // ---------------------------------------------------------------- input the schema refuses

    @Test
    void anUnknownKindIsRefusedByTheSchemaAndStoresNothing() {
        String token = token();

        assertSchemaError(GraphQL.run("actor/createActor", input(map("name", "Name " + token, "kind", "ALIEN"))),
                "createActor", "ALIEN", "ActorKind");
        assertSchemaError(GraphQL.run("actor/createActor", input(map("name", "Name " + token, "kind", "person"))),
                "createActor", "person", "ActorKind");
        // written in the operation: the message lists the kinds there are
        assertSchemaError(GraphQL.run("actor/createActorWithUnknownKind", Map.of("name", "Name " + token)),
                "createActor", "input.kind must be one of ", "PERSON", "was ALIEN");

        assertEquals(0, actorsNamed(token));
    }

    @Test
    void leavingOutTheInputIsRefusedByTheSchema() {
        assertSchemaError(GraphQL.run("actor/createActorWithoutInput"), "createActor", "input");
        assertSchemaError(GraphQL.run("actor/createActor", null), "createActor", "input");
    }

    @Test
    void aWronglyTypedAliasIsRefusedByTheSchemaAndStoresNothing() {
        String token = token();
        String holder = actor("Holder " + token);

        assertSchemaError(GraphQL.run("actor/createActor", input(map("name", "Name " + token, "kind", "PERSON",
                "aliases", Map.of("first", "Alias " + token)))), "createActor", "String");
        assertSchemaError(GraphQL.run("actor/addAlias", input(map("actorId", holder,
                "alias", Map.of("first", "Alias " + token)))), "addAlias", "String");

        assertEquals(List.of(), read(holder).getList("aliases"));
        assertEquals(0, actorsNamed("Name " + token));
        assertEquals(0, actorsNamed("Alias " + token));
    }

    /** GraphQL input coercion: a single value where a list is expected is a list of one. */
    @Test
    void aSingleAliasWhereAListIsExpectedIsAListOfOne() {
        String token = token();
        JsonPath actor = createActor(map("name", "Name " + token, "kind", "PERSON", "aliases", "Only " + token));
        assertEquals(List.of("Only " + token), actor.getList("aliases"));
    }

    // ---------------------------------------------------------------- helpers

    private static JsonPath read(String id) {
        return GraphQL.at(GraphQL.data("actor/actor", Map.of("id", id)), "actor");
    }

    private static JsonPath update(Map<String, Object> input) {
        return GraphQL.at(GraphQL.data("actor/updateActor", input(input)), "updateActor.actor");
    }

    private static void assertUpdateError(Map<String, Object> input, String code, String field, String mentioned) {
        JsonPath error = assertOnlyError(GraphQL.run("actor/updateActor", input(input)), "updateActor");
        assertError(error, code, field, mentioned);
    }
}
