package io.chatnation.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.InvalidInput;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RoutingSettingsTest {

    private static BotMenu menuOf(int options) {
        return new BotMenu("How can we help?", IntStream.rangeClosed(1, options)
                .mapToObj(i -> new BotMenu.Option("Option " + i, Keyword.of("JOIN"))).toList());
    }

    @Test
    void up_to_three_options_are_reply_buttons_and_more_a_list_of_at_most_ten() {
        assertThat(menuOf(3).render()).isInstanceOf(OutboundContent.ReplyButtons.class);
        assertThat(menuOf(4).render()).isInstanceOfSatisfying(OutboundContent.ListMenu.class,
                list -> assertThat(list.sections().get(0).rows()).hasSize(4));
        assertThat(menuOf(10).render()).isInstanceOf(OutboundContent.ListMenu.class);
        assertThatThrownBy(() -> menuOf(11)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> menuOf(0)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_contact_chooses_by_tapping_by_number_or_by_label() {
        BotMenu menu = new BotMenu("Pick one", List.of(new BotMenu.Option("Join updates", Keyword.of("JOIN")),
                new BotMenu.Option("Tickets", Keyword.of("TICKETS"))));

        assertThat(menu.chosen(Optional.of("menu:2"), Optional.of("Tickets"))).map(BotMenu.Option::keyword)
                .hasValue(Keyword.of("TICKETS"));
        assertThat(menu.chosen(Optional.empty(), Optional.of(" 1 "))).map(BotMenu.Option::keyword)
                .hasValue(Keyword.of("JOIN"));
        assertThat(menu.chosen(Optional.empty(), Optional.of("join UPDATES"))).isPresent();
        assertThat(menu.chosen(Optional.empty(), Optional.of("3"))).isEmpty();
        assertThat(menu.chosen(Optional.empty(), Optional.of("something else"))).isEmpty();
    }

    @Test
    void a_button_label_longer_than_whatsapp_allows_is_refused() {
        assertThatThrownBy(() -> new BotMenu("Pick", List.of(new BotMenu.Option("A label of twenty-one", Keyword.of("JOIN")))))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void local_words_opt_out_and_in_besides_the_built_in_ones() {
        RoutingSettings settings = new RoutingSettings(Optional.empty(), Optional.empty(), Set.of(Keyword.of("acha")),
                Set.of(Keyword.of("anza")));

        assertThat(settings.consentIn("Acha!")).hasValue(ConsentKeyword.OPT_OUT);
        assertThat(settings.consentIn("ANZA")).hasValue(ConsentKeyword.OPT_IN);
        assertThat(settings.consentIn("stop")).hasValue(ConsentKeyword.OPT_OUT);
        assertThat(settings.consentIn("acha basi")).isEmpty();
    }

    @Test
    void a_local_word_cannot_turn_a_built_in_one_around_or_mean_both() {
        assertThatThrownBy(() -> new RoutingSettings(Optional.empty(), Optional.empty(), Set.of(Keyword.of("START")), Set.of()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new RoutingSettings(Optional.empty(), Optional.empty(), Set.of(), Set.of(Keyword.of("stop"))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new RoutingSettings(Optional.empty(), Optional.empty(), Set.of(Keyword.of("ACHA")),
                Set.of(Keyword.of("acha")))).isInstanceOf(InvalidInput.class);
    }
}
