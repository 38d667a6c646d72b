package io.newsgraph.security;

import static io.restassured.RestAssured.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.junit.jupiter.api.Test;

/**
 * Every mutation of the schema is a resolver with {@code @RolesAllowed} naming the editor role: a mutation added
 * without it fails here (and is refused at run time by {@link ResolverAccess}).
 */
@QuarkusTest
class MutationRolesTest {

    private static final Pattern MUTATION_TYPE = Pattern.compile("type Mutation \\{(.*?)\\n}", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^ {2}(\\w+)[(:]", Pattern.MULTILINE);

    @Test
    void everyMutationNeedsTheEditorRole() {
        List<String> mutations = new ArrayList<>();
        for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> api = bean.getBeanClass();
            if (!api.isAnnotationPresent(GraphQLApi.class)) {
                continue;
            }
            for (Method method : api.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Mutation.class)) {
                    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
                    assertTrue(roles != null && Arrays.asList(roles.value()).contains(Roles.EDITOR),
                            api.getSimpleName() + "." + method.getName() + " has no @RolesAllowed(Roles.EDITOR)");
                    mutations.add(method.getName());
                }
            }
        }
        assertEquals(schemaMutations().stream().sorted().toList(), mutations.stream().sorted().toList(),
                "the mutations found on @GraphQLApi beans are the schema's");
    }

    private static List<String> schemaMutations() {
        String schema = get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Matcher type = MUTATION_TYPE.matcher(schema);
        assertTrue(type.find(), "no Mutation type in the schema");
        List<String> fields = new ArrayList<>();
        Matcher field = FIELD.matcher(type.group(1));
        while (field.find()) {
            fields.add(field.group(1));
        }
        return fields;
    }
}
