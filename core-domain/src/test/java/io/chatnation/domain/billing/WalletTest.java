package io.chatnation.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.InsufficientTokens;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.TokenAmount;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WalletTest {

    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    static TokenAmount tokens(String t) {
        return TokenAmount.parse("tokens", t);
    }

    static Wallet funded(String balance) {
        return Wallet.openMain(new WalletId(UUID.randomUUID()), NOW).after(Posting.of(Movement.purchase(tokens(balance))));
    }

    @Test
    void reserving_moves_tokens_from_available_to_reserved_and_keeps_the_balance() {
        Wallet wallet = funded("100").after(Posting.of(Movement.reserve(tokens("30"))));
        assertThat(wallet.balance()).isEqualTo(tokens("100"));
        assertThat(wallet.reserved()).isEqualTo(tokens("30"));
        assertThat(wallet.available()).isEqualTo(tokens("70"));
    }

    @Test
    void available_never_drops_below_zero() {
        Wallet wallet = funded("10").after(Posting.of(Movement.reserve(tokens("8"))));
        for (Movement spend : new Movement[] {Movement.debit(tokens("2.001")), Movement.reserve(tokens("2.001")),
                Movement.transferOut(tokens("3")), Movement.adjustment(tokens("-2.5"))}) {
            assertThatThrownBy(() -> wallet.after(Posting.of(spend)))
                    .isInstanceOfSatisfying(InsufficientTokens.class, e -> assertThat(e.available()).isEqualTo(tokens("2")));
        }
        assertThat(wallet.after(Posting.of(Movement.debit(tokens("2")))).available()).isEqualTo(TokenAmount.ZERO);
    }

    @Test
    void credits_never_need_anything_available() {
        Wallet empty = Wallet.openMain(new WalletId(UUID.randomUUID()), NOW);
        for (Movement credit : new Movement[] {Movement.purchase(tokens("1")), Movement.refund(tokens("1")),
                Movement.transferIn(tokens("1")), Movement.adjustment(tokens("1"))}) {
            assertThat(Posting.of(credit).requiredAvailable()).isEqualTo(TokenAmount.ZERO);
            assertThat(empty.after(Posting.of(credit)).balance()).isEqualTo(tokens("1"));
        }
    }

    @Test
    void the_low_balance_warning_compares_available_with_the_threshold() {
        Wallet wallet = funded("100").withLowBalanceThreshold(tokens("50"));
        assertThat(wallet.isBelowThreshold()).isFalse();
        assertThat(wallet.after(Posting.of(Movement.reserve(tokens("50.001")))).isBelowThreshold()).isTrue();
        assertThat(funded("0.001").isBelowThreshold()).as("no threshold, no warning").isFalse();
    }

    @Test
    void a_sub_wallet_cannot_take_the_main_wallets_name_and_names_are_checked() {
        assertThatThrownBy(() -> Wallet.openSub(new WalletId(UUID.randomUUID()), new WalletName("main "), TokenAmount.ZERO, NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new WalletName(" ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new WalletName("x".repeat(61))).isInstanceOf(InvalidInput.class);
        assertThat(Wallet.openSub(new WalletId(UUID.randomUUID()), new WalletName(" Expo 2026 "), TokenAmount.ZERO, NOW).name().value())
                .isEqualTo("Expo 2026");
    }

    @Test
    void zero_and_negative_amounts_are_refused_by_field() {
        assertThatThrownBy(() -> Movement.requirePositive("estimate", TokenAmount.ZERO))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("estimate"));
        assertThatThrownBy(() -> Movement.requirePositive("amount", tokens("-1"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Movement.adjustment(TokenAmount.ZERO)).isInstanceOf(InvalidInput.class);
        assertThat(Movement.adjustment(tokens("-3")).amount()).isEqualTo(tokens("3"));
    }
}
