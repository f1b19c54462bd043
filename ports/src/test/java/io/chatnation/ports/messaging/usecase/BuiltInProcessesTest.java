package io.chatnation.ports.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.messaging.BotMenu;
import io.chatnation.domain.messaging.Contact;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.Keyword;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.ProcessPosition;
import io.chatnation.domain.messaging.RoutingSettings;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.Contacts;
import io.chatnation.ports.messaging.out.ConversationalProcess.Step;
import io.chatnation.ports.messaging.out.ConversationalProcess.Trigger;
import io.chatnation.ports.messaging.out.ConversationalProcess.Turn;
import io.chatnation.ports.messaging.out.MessagingSettings;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BuiltInProcessesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final ReplyTexts TEXTS = new ReplyTexts("Default", "Out", "In");

    private RoutingSettings settings = RoutingSettings.none();
    private final MessagingSettings store = new MessagingSettings() {
        @Override
        public Optional<RoutingSettings> routing() {
            return Optional.of(settings);
        }

        @Override
        public void saveRouting(RoutingSettings s, Instant at) {
            settings = s;
        }
    };
    private final List<String> consents = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final Contacts contacts = (Contacts) Proxy.newProxyInstance(Contacts.class.getClassLoader(),
            new Class<?>[] {Contacts.class}, (proxy, method, args) -> {
                if (method.getName().equals("recordConsent")) {
                    consents.add(((Contact) args[0]).optedOut() + " " + args[2]);
                    return null;
                }
                throw new UnsupportedOperationException(method.getName());
            });
    private final RecordAuditEntry audit = command -> audited.add(command.action());

    private static Turn turn(Optional<String> text, Optional<String> choice) {
        Contact contact = new Contact(new ContactId(UUID.randomUUID()),
                WhatsAppIdentity.ofPhone(new PhoneNumber("+254712345678")), Optional.empty(), false, Optional.of(NOW));
        return new Turn(new OrgId(UUID.randomUUID()), contact, new ConversationId(UUID.randomUUID()), text, choice,
                Map.of(), NOW);
    }

    private static ProcessPosition at(String process, String step, Map<String, String> data) {
        return new ProcessPosition(process, step, data, NOW.plusSeconds(60));
    }

    @Test
    void menu_without_a_configured_menu_is_the_default_reply() {
        MenuProcess menu = new MenuProcess(store, TEXTS, Duration.ofMinutes(10));

        Step step = menu.start(turn(Optional.of("menu"), Optional.empty()), new Trigger(MenuProcess.KEYWORD, Trigger.Kind.KEYWORD));

        assertThat(step).isEqualTo(Step.finish(OutboundContent.TextMessage.of("Default")));
    }

    @Test
    void menu_hands_the_chosen_option_over_and_shows_itself_again_once_for_anything_else() {
        settings = new RoutingSettings(Optional.empty(), Optional.of(new BotMenu("Pick", List.of(
                new BotMenu.Option("Updates", Keyword.of("JOIN"))))), Set.of(), Set.of());
        MenuProcess menu = new MenuProcess(store, TEXTS, Duration.ofMinutes(10));

        Step shown = menu.start(turn(Optional.of("menu"), Optional.empty()), new Trigger(MenuProcess.KEYWORD, Trigger.Kind.KEYWORD));
        Step picked = menu.continueWith(turn(Optional.of("Updates"), Optional.of("menu:1")), at("menu", "choosing", Map.of()));
        Step missed = menu.continueWith(turn(Optional.of("what?"), Optional.empty()), at("menu", "choosing", Map.of("misses", "0")));
        Step given = menu.continueWith(turn(Optional.of("what?"), Optional.empty()), at("menu", "choosing", Map.of("misses", "1")));

        assertThat(shown.replies()).singleElement().isInstanceOf(OutboundContent.ReplyButtons.class);
        assertThat(picked).isEqualTo(new Step.HandOver(Keyword.of("JOIN"), List.of()));
        assertThat(missed).isInstanceOf(Step.Continue.class);
        assertThat(missed.replies()).hasSize(2);
        assertThat(given).isEqualTo(Step.finish(OutboundContent.TextMessage.of("Default")));
    }

    @Test
    void join_records_the_opt_in_with_its_source_only_on_yes() {
        OptInConfirmationProcess join = new OptInConfirmationProcess(contacts, audit, Duration.ofMinutes(30));
        ProcessPosition confirming = at(OptInConfirmationProcess.NAME, "confirming", Map.of());

        Step yes = join.continueWith(turn(Optional.of("Ndio"), Optional.empty()), confirming);
        Step no = join.continueWith(turn(Optional.of("No, thanks"), Optional.of("optin:no")), confirming);

        assertThat(yes).isInstanceOf(Step.Finish.class);
        assertThat(no).isInstanceOf(Step.Finish.class);
        assertThat(consents).containsExactly("false " + OptInConfirmationProcess.SOURCE);
        assertThat(audited).containsExactly("contact.opted_in");
    }

    @Test
    void join_asks_again_once_then_lets_the_contact_go_with_nothing_changed() {
        OptInConfirmationProcess join = new OptInConfirmationProcess(contacts, audit, Duration.ofMinutes(30));

        Step again = join.continueWith(turn(Optional.of("hi"), Optional.empty()),
                at(OptInConfirmationProcess.NAME, "confirming", Map.of()));
        Step released = join.continueWith(turn(Optional.of("hi"), Optional.empty()),
                at(OptInConfirmationProcess.NAME, "confirming", Map.of("askedAgain", "true")));

        assertThat(again).isInstanceOf(Step.Continue.class);
        assertThat(released).isInstanceOf(Step.Finish.class);
        assertThat(consents).isEmpty();
    }
}
