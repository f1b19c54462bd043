package io.chatnation.app.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.app.server.TestPlatform;

/**
 * Counts, past every row-level policy, the rows a sign-up or a new member writes, so a test can show that
 * a rejected request wrote none of them: no half-created organisation, no orphan user, no audit entry.
 * The module's tests run one at a time, so nothing else writes between the two counts.
 */
record WrittenRows(long organizations, long users, long roles, long auditEntries) {

    static WrittenRows now() {
        return new WrittenRows(count("organizations"), count("users"), count("user_roles"), count("audit_logs"));
    }

    void assertNothingNewSince(String what) {
        assertThat(now()).as("rows written by %s", what).isEqualTo(this);
    }

    private static long count(String table) {
        return TestPlatform.countAsSuperuser("select count(*) from " + table);
    }
}
