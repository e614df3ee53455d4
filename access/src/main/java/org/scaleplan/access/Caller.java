package org.scaleplan.access;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is calling: the verified API key behind the current request. Controllers take it as a method argument, or
 * read it with {@link #current(HttpServletRequest)}. It carries no secret.
 *
 * @param systems the systems the caller may see and act on; empty means every system
 * @param ingestPerMinute the key's ingest rate limit set by the security posture of its systems; absent: the
 *        {@code ingest} class's
 */
public record Caller(String keyId, String name, Set<Role> roles, Set<String> systems,
        @Nullable Integer ingestPerMinute) {

    /** The caller holding the bootstrap admin key ({@code SCALEPLAN_ADMIN_KEY}). */
    public static final Caller BOOTSTRAP = new Caller("bootstrap", "bootstrap admin", Set.of(Role.ADMIN), Set.of());

    static final String ATTRIBUTE = Caller.class.getName();

    public Caller {
        Require.text(keyId, "keyId");
        Require.text(name, "name");
        roles = Set.copyOf(Require.present(roles, "roles"));
        systems = Set.copyOf(Require.present(systems, "systems"));
    }

    public Caller(String keyId, String name, Set<Role> roles, Set<String> systems) {
        this(keyId, name, roles, systems, null);
    }

    public static Caller of(StoredKey key) {
        return new Caller(key.keyId(), key.name(), key.roles(), key.systems(), key.ingestPerMinute());
    }

    /** Whether one of the caller's roles grants {@code required}. */
    public boolean has(Role required) {
        return roles.stream().anyMatch(role -> role.grants(required));
    }

    /** Whether the caller may see and act on {@code system}. */
    public boolean canSee(String system) {
        return systems.isEmpty() || systems.contains(system);
    }

    /**
     * The caller of {@code request}.
     *
     * @throws IllegalStateException on an open route (health), which has no caller
     */
    public static Caller current(HttpServletRequest request) {
        return find(request).orElseThrow(() -> new IllegalStateException(
                request.getRequestURI() + " is an open route: it has no caller"));
    }

    /** The caller of {@code request}; empty on an open route. */
    public static Optional<Caller> find(HttpServletRequest request) {
        return Optional.ofNullable((Caller) request.getAttribute(ATTRIBUTE));
    }
}
