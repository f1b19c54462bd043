package io.chatnation.adapter.archfixtureweb;

import io.chatnation.app.archfixture.ServerSettings;

/** An adapter depending on an app. */
public final class ServerSettingsController {

    public String port(ServerSettings settings) {
        return String.valueOf(settings.port());
    }
}
