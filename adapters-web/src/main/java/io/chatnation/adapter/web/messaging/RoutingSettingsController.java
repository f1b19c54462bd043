package io.chatnation.adapter.web.messaging;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.messaging.BotMenu;
import io.chatnation.domain.messaging.Keyword;
import io.chatnation.domain.messaging.RoutingSettings;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.ports.messaging.in.ConfigureRouting;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How the organisation's bot answers on its own: default reply, menu, and local opt-out / opt-in words. */
@Controller("/api/v1/messaging/settings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
@Tag(name = "Messaging settings")
public class RoutingSettingsController {

    /**
     * @param defaultReply what a message nothing else handles gets; empty for the platform's text
     * @param menu         shown on MENU and, when set, instead of the platform's default reply: reply buttons for up
     *                     to 3 options, a list for up to 10
     * @param optOutWords  words that opt a contact out besides STOP and UNSUBSCRIBE, e.g. ACHA
     * @param optInWords   words that opt a contact back in besides START
     */
    @Serdeable
    record SettingsRequest(@Nullable String defaultReply, @Nullable MenuBody menu, @Nullable List<String> optOutWords,
                           @Nullable List<String> optInWords) {}

    /** @param title the question above the options */
    @Serdeable
    record MenuBody(@Nullable String title, @Nullable List<OptionBody> options) {}

    /** @param label what the contact reads (20 characters on a button, 24 in a list); @param keyword the process it starts */
    @Serdeable
    record OptionBody(@Nullable String label, @Nullable String keyword) {}

    /**
     * The saved settings, with {@code defaultReplyInEffect} (the platform's text when none is saved), the keywords a
     * menu option may start, and the built-in consent words that always work.
     */
    @Serdeable
    record SettingsResponse(@Nullable String defaultReply, @Nullable MenuBody menu, List<String> optOutWords,
                            List<String> optInWords, String defaultReplyInEffect, List<String> processKeywords,
                            List<String> builtInOptOutWords, List<String> builtInOptInWords) {
        static SettingsResponse of(ConfigureRouting.View view) {
            RoutingSettings s = view.settings();
            return new SettingsResponse(s.defaultReply().orElse(null),
                    s.menu().map(m -> new MenuBody(m.title(), m.options().stream()
                            .map(o -> new OptionBody(o.label(), o.keyword().value())).toList())).orElse(null),
                    s.optOutWords().stream().map(Keyword::value).sorted().toList(),
                    s.optInWords().stream().map(Keyword::value).sorted().toList(),
                    view.defaultReply(), view.processKeywords(), view.builtInOptOutWords(), view.builtInOptInWords());
        }
    }

    private final ConfigureRouting configure;

    public RoutingSettingsController(ConfigureRouting configure) {
        this.configure = configure;
    }

    @Operation(summary = "The organisation's default reply, menu and local opt-out / opt-in words")
    @Get
    public SettingsResponse settings(@Parameter(hidden = true) Caller caller) {
        return SettingsResponse.of(configure.show(caller));
    }

    @Operation(summary = "Replace the default reply, menu and local opt-out / opt-in words")
    @ProblemDoc.BadRequest
    @Put
    public SettingsResponse update(@Parameter(hidden = true) Caller caller, @Body SettingsRequest body) {
        Input input = new Input();
        Optional<String> defaultReply = Optional.ofNullable(body.defaultReply()).filter(s -> !s.isBlank());
        Optional<BotMenu> menu = Optional.empty();
        if (body.menu() != null) {
            List<OptionBody> raw = body.menu().options() == null ? List.of() : body.menu().options();
            List<BotMenu.Option> options = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                OptionBody o = raw.get(i);
                String at = "menu.options[" + i + "]";
                Keyword keyword = input.field(at + ".keyword", () -> Keyword.of(o == null ? null : o.keyword()));
                BotMenu.Option option = input.field(at + ".label", () -> keyword == null ? null
                        : new BotMenu.Option(o.label(), keyword));
                if (option != null) {
                    options.add(option);
                }
            }
            if (options.size() == raw.size()) {
                menu = Optional.ofNullable(input.value(() -> new BotMenu(body.menu().title(), options)));
            }
        }
        Set<Keyword> optOut = words(input, "optOutWords", body.optOutWords());
        Set<Keyword> optIn = words(input, "optInWords", body.optInWords());
        input.validate();
        Optional<BotMenu> chosenMenu = menu;
        RoutingSettings settings = input.value(() -> new RoutingSettings(defaultReply, chosenMenu, optOut, optIn));
        input.validate();
        return SettingsResponse.of(configure.update(caller, settings));
    }

    private static Set<Keyword> words(Input input, String field, @Nullable List<String> raw) {
        Set<Keyword> words = new LinkedHashSet<>();
        List<String> given = raw == null ? List.of() : raw;
        for (int i = 0; i < given.size(); i++) {
            String word = given.get(i);
            Keyword keyword = input.field(field + "[" + i + "]", () -> Keyword.of(word));
            if (keyword != null && !words.add(keyword)) {
                input.field(field + "[" + i + "]", () -> {
                    throw InvalidInput.of(field, "is given twice");
                });
            }
        }
        return words;
    }
}
