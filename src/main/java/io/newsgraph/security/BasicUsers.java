package io.newsgraph.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP Basic users, from configuration: the editor named by {@code NEWSGRAPH_EDITOR_USER} (default
 * {@code editor}) with the password in {@code NEWSGRAPH_EDITOR_PASSWORD}, so a container or a Kubernetes Secret
 * grants write access without a users file (no password: no editor), plus the users listed in
 * {@code newsgraph.security.users} ({@code name:password:role role}; dev and tests have editor and reader).
 * An identity provider for OIDC or JWT replaces this (README "Security").
 */
@ApplicationScoped
public class BasicUsers implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private record Account(String password, Set<String> roles) {
    }

    private final Map<String, Account> accounts = new HashMap<>();

    public BasicUsers(@ConfigProperty(name = "newsgraph.editor.user") String editor,
            @ConfigProperty(name = "newsgraph.editor.password") Optional<String> editorPassword,
            @ConfigProperty(name = "newsgraph.security.users") Optional<List<String>> users) {
        for (String user : users.orElse(List.of())) {
            String[] parts = user.split(":", 3);
            if (parts.length < 2) {
                throw new IllegalArgumentException("newsgraph.security.users: expected name:password:roles, got "
                        + parts[0] + ":...");
            }
            Set<String> roles = parts.length == 3 && !parts[2].isBlank() ? Set.of(parts[2].trim().split("\\s+"))
                    : Set.of();
            accounts.put(parts[0], new Account(parts[1], roles));
        }
        editorPassword.ifPresent(password -> accounts.put(editor,
                new Account(password, Set.of(MutationGuard.EDITOR_ROLE))));
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        Account account = accounts.get(request.getUsername());
        byte[] given = new String(request.getPassword().getPassword()).getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the time taken does not tell how much of a guess was right.
        if (account == null || !MessageDigest.isEqual(given, account.password().getBytes(StandardCharsets.UTF_8))) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(request.getUsername()))
                .addRoles(account.roles())
                .build());
    }
}
