package io.chatnation.app.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.app.server.Api;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void a_registered_owner_sees_their_organisation() {
        Api.Session owner = Api.registerOrganisation("Smoke Org");
        Api.Response me = Api.get("/api/v1/auth/me", owner.bearer());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().at("/organization/name").asText()).isEqualTo("Smoke Org");
        assertThat(me.json().at("/roles/0").asText()).isEqualTo("ORG_OWNER");
    }
}
