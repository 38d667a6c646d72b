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
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The packaged application's editor: one HTTP Basic user named by {@code NEWSGRAPH_EDITOR_USER} (default
 * {@code editor}) with the password in {@code NEWSGRAPH_EDITOR_PASSWORD}, so a container or a Kubernetes Secret
 * can grant write access without a users file. Without a password there is no such user. Other user names are
 * left to the next provider (the embedded users of dev and tests).
 */
@ApplicationScoped
public class EditorFromEnvironment implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final String user;
    private final Optional<String> password;

    public EditorFromEnvironment(@ConfigProperty(name = "newsgraph.editor.user") String user,
            @ConfigProperty(name = "newsgraph.editor.password") Optional<String> password) {
        this.user = user;
        this.password = password;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Asked before the embedded users, which would refuse a name they do not know. */
    @Override
    public int priority() {
        return SYSTEM_FIRST;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        if (password.isEmpty() || !user.equals(request.getUsername())) {
            return Uni.createFrom().nullItem();
        }
        byte[] given = new String(request.getPassword().getPassword()).getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the time taken does not tell how much of a guess was right.
        if (!MessageDigest.isEqual(given, password.get().getBytes(StandardCharsets.UTF_8))) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user))
                .addRole(MutationGuard.EDITOR_ROLE)
                .build());
    }
}
