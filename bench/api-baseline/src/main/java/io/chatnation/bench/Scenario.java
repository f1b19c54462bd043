package io.chatnation.bench;

/** The request each scenario sends, over and over, at the target rate. */
enum Scenario {
    ME("me", "/auth/me"),
    MEMBERS("members", "/members?limit=20");

    final String cliName;
    /** Path and query below /api/v1. */
    final String path;

    Scenario(String cliName, String path) {
        this.cliName = cliName;
        this.path = path;
    }

    /** Human-readable endpoint, e.g. {@code GET /api/v1/auth/me}. */
    String endpoint() {
        return "GET /api/v1" + path;
    }
}
