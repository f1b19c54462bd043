package io.chatnation.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceListTest {

    static TokenAmount tokens(String t) {
        return TokenAmount.parse("tokens", t);
    }

    @Test
    void the_platform_defaults_sit_inside_the_ranges_of_the_requirements() {
        PriceList defaults = PriceList.platformDefaults();
        assertThat(defaults.priceOf(BillableAction.CAMPAIGN_SEND).perUnit()).isBetween(tokens("2"), tokens("5"));
        assertThat(defaults.priceOf(BillableAction.AI_INSIGHT_REPORT).perUnit()).isBetween(tokens("10"), tokens("25"));
        assertThat(defaults.priceOf(BillableAction.BROADCAST).perUnit()).isEqualTo(tokens("5"));
        assertThat(BillableAction.BROADCAST.unitSize()).isEqualTo(1000);
        assertThat(defaults.priceOf(BillableAction.PHOTO_ENHANCEMENT).perUnit()).isEqualTo(tokens("1"));
        assertThat(defaults.prices()).hasSize(BillableAction.values().length).noneMatch(Price::overridden);
    }

    @Test
    void a_cost_is_exact_to_the_milli_token_and_rounded_up_only_there() {
        PriceList defaults = PriceList.platformDefaults();
        assertThat(defaults.costOf(BillableAction.CAMPAIGN_SEND, 250)).isEqualTo(tokens("7.5"));
        assertThat(defaults.costOf(BillableAction.CAMPAIGN_SEND, 1)).isEqualTo(tokens("0.03"));
        assertThat(defaults.costOf(BillableAction.BROADCAST, 1)).isEqualTo(tokens("0.005"));
        assertThat(defaults.costOf(BillableAction.BROADCAST, 0)).isEqualTo(TokenAmount.ZERO);
        PriceList odd = PriceList.withOverrides(Map.of(BillableAction.CAMPAIGN_SEND, tokens("2.555")));
        assertThat(odd.costOf(BillableAction.CAMPAIGN_SEND, 1)).isEqualTo(tokens("0.026"));
        assertThat(odd.costOf(BillableAction.CAMPAIGN_SEND, 100)).isEqualTo(tokens("2.555"));
        assertThat(odd.costOf(BillableAction.CAMPAIGN_SEND, 1_000_000)).isEqualTo(tokens("25550"));
    }

    @Test
    void an_override_replaces_the_default_for_that_action_only() {
        PriceList list = PriceList.withOverrides(Map.of(BillableAction.HYPECARD_BASIC, tokens("1.5")));
        assertThat(list.priceOf(BillableAction.HYPECARD_BASIC)).isEqualTo(new Price(BillableAction.HYPECARD_BASIC, tokens("1.5"), true));
        assertThat(list.priceOf(BillableAction.HYPECARD_BASIC).platformDefault()).isEqualTo(tokens("2"));
        assertThat(list.priceOf(BillableAction.HYPECARD_AI_BACKGROUND).overridden()).isFalse();
    }

    @Test
    void prices_are_never_negative_nor_absurd_and_quantities_are_counted() {
        assertThatThrownBy(() -> PriceList.withOverrides(Map.of(BillableAction.BROADCAST, tokens("-1")))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PriceList.checkedPrice("tokens", tokens("1000000.001"))).isInstanceOf(InvalidInput.class);
        assertThat(PriceList.checkedPrice("tokens", TokenAmount.ZERO)).isEqualTo(TokenAmount.ZERO);
        assertThatThrownBy(() -> PriceList.platformDefaults().costOf(BillableAction.BROADCAST, -1)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void actions_are_named_by_their_codes() {
        assertThat(BillableAction.parse("action", " Campaign_Send ")).isEqualTo(BillableAction.CAMPAIGN_SEND);
        assertThatThrownBy(() -> BillableAction.parse("action", "teleportation"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("action");
                    assertThat(e.getMessage()).contains("unknown action 'teleportation'").contains("campaign_send");
                });
    }
}
