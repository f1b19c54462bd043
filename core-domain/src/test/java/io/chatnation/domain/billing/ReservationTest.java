package io.chatnation.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.InsufficientTokens;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.RuleViolated;
import io.chatnation.domain.shared.TokenAmount;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationTest {

    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    static TokenAmount tokens(String t) {
        return TokenAmount.parse("tokens", t);
    }

    static Reservation open(String amount) {
        return new Reservation(new ReservationId(UUID.randomUUID()), new WalletId(UUID.randomUUID()), tokens(amount),
                new ModuleName("campaigns"), BillableAction.CAMPAIGN_SEND, Optional.empty(), ReservationState.OPEN, NOW,
                Reservation.expiryFor(NOW, Duration.ofMinutes(30)), Optional.empty(), Optional.empty());
    }

    static Wallet wallet(String balance, String reserved) {
        return new Wallet(new WalletId(UUID.randomUUID()), WalletKind.MAIN, WalletName.MAIN, tokens(balance), tokens(reserved),
                TokenAmount.ZERO, NOW);
    }

    @Test
    void settling_below_the_estimate_debits_from_the_reservation_and_releases_the_rest() {
        Reservation.Closing closing = open("30").settle(tokens("12.5"), NOW.plusSeconds(60));

        assertThat(closing.posting().movements()).containsExactly(
                new Movement(EntryType.DEBIT, tokens("12.5"), tokens("-12.5"), tokens("-12.5")),
                new Movement(EntryType.RELEASE, tokens("17.5"), TokenAmount.ZERO, tokens("-17.5")));
        assertThat(closing.posting().requiredAvailable()).isEqualTo(TokenAmount.ZERO);
        assertThat(closing.posting().reservedChange()).isEqualTo(tokens("-30"));
        assertThat(closing.reservation().state()).isEqualTo(ReservationState.SETTLED);
        assertThat(closing.reservation().settledAmount()).contains(tokens("12.5"));
        assertThat(closing.debited()).isEqualTo(tokens("12.5"));
        assertThat(closing.released()).isEqualTo(tokens("17.5"));
    }

    @Test
    void settling_exactly_the_estimate_or_nothing_writes_one_line() {
        assertThat(open("30").settle(tokens("30"), NOW).posting().movements()).extracting(Movement::type).containsExactly(EntryType.DEBIT);
        assertThat(open("30").settle(TokenAmount.ZERO, NOW).posting().movements()).extracting(Movement::type).containsExactly(EntryType.RELEASE);
    }

    @Test
    void settling_above_the_estimate_needs_the_difference_from_available() {
        Reservation.Closing closing = open("30").settle(tokens("45"), NOW);

        assertThat(closing.posting().movements()).containsExactly(new Movement(EntryType.DEBIT, tokens("45"), tokens("-45"), tokens("-30")));
        assertThat(closing.posting().requiredAvailable()).isEqualTo(tokens("15"));
        Wallet short_ = wallet("40", "30");
        assertThatThrownBy(() -> short_.after(closing.posting()))
                .isInstanceOfSatisfying(InsufficientTokens.class, e -> {
                    assertThat(e.required()).isEqualTo(tokens("15"));
                    assertThat(e.available()).isEqualTo(tokens("10"));
                });
        Wallet after = wallet("50", "30").after(closing.posting());
        assertThat(after.balance()).isEqualTo(tokens("5"));
        assertThat(after.reserved()).isEqualTo(TokenAmount.ZERO);
    }

    @Test
    void a_reservation_ends_exactly_once() {
        Reservation released = open("10").release(NOW).reservation();
        assertThat(released.state()).isEqualTo(ReservationState.RELEASED);
        assertThatThrownBy(() -> released.settle(tokens("1"), NOW))
                .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.rule()).isEqualTo("reservationEndsOnce"));
        assertThatThrownBy(() -> released.release(NOW)).isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> ReservationState.SETTLED.moveTo(ReservationState.RELEASED)).isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> ReservationState.OPEN.moveTo(ReservationState.OPEN)).isInstanceOf(RuleViolated.class);
    }

    @Test
    void a_lapsed_reservation_expires_and_cannot_be_settled_but_one_still_running_cannot_expire() {
        Reservation reservation = open("10");
        Instant later = NOW.plus(Duration.ofMinutes(30));
        assertThatThrownBy(() -> reservation.settle(tokens("1"), later))
                .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.rule()).isEqualTo("reservationNotExpired"));
        assertThatThrownBy(() -> reservation.expire(NOW.plusSeconds(60))).isInstanceOf(RuleViolated.class);
        Reservation.Closing expired = reservation.expire(later);
        assertThat(expired.reservation().state()).isEqualTo(ReservationState.EXPIRED);
        assertThat(expired.released()).isEqualTo(tokens("10"));
    }

    @Test
    void the_ttl_and_the_actual_cost_are_checked() {
        assertThatThrownBy(() -> Reservation.expiryFor(NOW, Duration.ZERO)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Reservation.expiryFor(NOW, Duration.ofDays(91))).isInstanceOf(InvalidInput.class);
        assertThat(Reservation.expiryFor(NOW, Duration.ofDays(90))).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThatThrownBy(() -> open("10").settle(tokens("-1"), NOW)).isInstanceOf(InvalidInput.class);
    }
}
