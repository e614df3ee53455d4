package org.scaleplan.security.keys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.Caller;
import org.scaleplan.access.Role;
import org.scaleplan.access.FieldProblem;

/**
 * An admin's request for a new API key, as posted to {@code POST /v1/api-keys}.
 *
 * @param systems the systems the key is limited to; empty for every system (only an unlimited admin may ask)
 * @param expiresAt when the key stops working; absent for never
 */
record NewApiKey(@Nullable String name, @Nullable List<String> roles, @Nullable List<String> systems,
        @Nullable Instant expiresAt) {

    private static final Pattern SYSTEM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    /** What is wrong with the request for this caller, field by field; empty when it can be issued. */
    List<FieldProblem> problems(Caller caller, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 100) {
            problems.add(new FieldProblem("name", "is required, 1 to 100 characters"));
        }
        checkRoles(problems);
        checkSystems(caller, problems);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            problems.add(new FieldProblem("expiresAt", "must be in the future"));
        }
        return problems;
    }

    private void checkRoles(List<FieldProblem> problems) {
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "at least one of ingest, viewer, operator, admin is required"));
            return;
        }
        for (int i = 0; i < roles.size(); i++) {
            try {
                Role.parse(roles.get(i));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("roles[" + i + "]", e.getMessage()));
            }
        }
    }

    private void checkSystems(Caller caller, List<FieldProblem> problems) {
        List<String> asked = systems();
        for (int i = 0; i < asked.size(); i++) {
            if (asked.get(i) == null || !SYSTEM.matcher(asked.get(i)).matches()) {
                problems.add(new FieldProblem("systems[" + i + "]", "must be a system id: letters, digits, . _ : -"));
            } else if (!caller.canSee(asked.get(i))) {
                problems.add(new FieldProblem("systems[" + i + "]", "is outside the systems of your own key"));
            }
        }
        if (asked.isEmpty() && !caller.systems().isEmpty()) {
            problems.add(new FieldProblem("systems", "your key is limited to systems, so the new key must be too"));
        }
    }

    @Override
    public List<String> systems() {
        return systems == null ? List.of() : systems;
    }

    List<String> roleNames() {
        return roles.stream().map(Role::parse).map(Role::text).distinct().toList();
    }
}
