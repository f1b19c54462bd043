package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.RoutingSettings;
import io.chatnation.domain.shared.Caller;
import java.util.List;

/** How the organisation's bot answers on its own: default reply, menu, local opt-out and opt-in words. */
public interface ConfigureRouting {

    View show(Caller caller);

    /** Replaces the settings; menu options must name keywords of registered processes. */
    View update(Caller caller, RoutingSettings settings);

    /**
     * {@code settings} as the organisation saved them; {@code defaultReply} what a contact actually gets (the
     * platform's text when the organisation set none); the keywords a menu option may start, and the built-in
     * consent words that always work.
     */
    record View(RoutingSettings settings, String defaultReply, List<String> processKeywords,
                List<String> builtInOptOutWords, List<String> builtInOptInWords) {
        public View {
            processKeywords = List.copyOf(processKeywords);
            builtInOptOutWords = List.copyOf(builtInOptOutWords);
            builtInOptInWords = List.copyOf(builtInOptInWords);
        }
    }
}
