package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.contracts.EventJson;

import tools.jackson.core.type.TypeReference;

class RoleTests {

    @ParameterizedTest(name = "{0} grants {1}: {2}")
    @CsvSource(textBlock = """
            # admin may do everything, ingest included
            admin,    ingest,   true
            admin,    viewer,   true
            admin,    operator, true
            admin,    admin,    true
            # operator acts on incidents and reads
            operator, ingest,   false
            operator, viewer,   true
            operator, operator, true
            operator, admin,    false
            # viewer only reads
            viewer,   ingest,   false
            viewer,   viewer,   true
            viewer,   operator, false
            viewer,   admin,    false
            # ingest only writes metrics: a key baked into a production system reads nothing
            ingest,   ingest,   true
            ingest,   viewer,   false
            ingest,   operator, false
            ingest,   admin,    false
            """)
    void grantsExactlyTheDocumentedRoles(String held, String required, boolean granted) {
        assertThat(Role.parse(held).grants(Role.parse(required))).isEqualTo(granted);
    }

    @Test
    void isWrittenInLowercase() {
        assertThat(Role.OPERATOR.text()).isEqualTo("operator");
        assertThat(EventJson.mapper().writeValueAsString(List.of(Role.ADMIN, Role.INGEST)))
                .isEqualTo("[\"admin\",\"ingest\"]");
        assertThat(EventJson.mapper().readValue("[\"viewer\"]", new TypeReference<List<Role>>() { }))
                .containsExactly(Role.VIEWER);
    }

    @Test
    void parsesAnyCase() {
        assertThat(Role.parse("Viewer")).isEqualTo(Role.VIEWER);
        assertThat(Role.parse(" admin ")).isEqualTo(Role.ADMIN);
    }

    @Test
    void namesTheBadValueAndTheRolesThatExist() {
        assertThatThrownBy(() -> Role.parse("root"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown role 'root'; roles are ingest, viewer, operator, admin");
    }
}
