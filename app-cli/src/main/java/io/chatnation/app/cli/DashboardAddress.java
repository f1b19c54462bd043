package io.chatnation.app.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Option;

/** Where people open the dashboard: the links the CLI prints (sign-in, accepting an invitation) point there. */
final class DashboardAddress {

    @Option(names = "--dashboard-url", paramLabel = "<url>", defaultValue = "http://localhost:${env:PORT:-8080}",
            description = "Base address of the dashboard, for the links printed (default: ${DEFAULT-VALUE}).")
    String url;

    String signIn() {
        return base() + "/signin";
    }

    String acceptInvitation(String token) {
        return base() + "/accept-invitation?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private String base() {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
