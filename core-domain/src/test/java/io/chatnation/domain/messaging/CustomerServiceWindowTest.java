package io.chatnation.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Free-form messages only within 24 hours of the user's last message; templates at any time. */
class CustomerServiceWindowTest {

    private static final Instant LAST_INBOUND = Instant.parse("2026-03-01T10:00:00Z");
    private static final OutboundContent TEXT = OutboundContent.TextMessage.of("Your order has shipped");
    private static final OutboundContent TEMPLATE = new OutboundContent.Template(
            new TemplateName("order_update"), new LanguageCode("en"), List.of());

    private final CustomerServiceWindow window = CustomerServiceWindow.openedAt(Optional.of(LAST_INBOUND));

    @Test
    void freeFormIsAllowedWithinTwentyFourHoursOfTheLastInboundMessage() {
        assertThat(window.allows(TEXT, LAST_INBOUND)).isTrue();
        assertThat(window.allows(TEXT, LAST_INBOUND.plus(Duration.ofHours(24)).minusMillis(1))).isTrue();
        assertThatCode(() -> window.check(TEXT, LAST_INBOUND.plus(Duration.ofHours(23)))).doesNotThrowAnyException();
    }

    @Test
    void freeFormIsRefusedOnceTwentyFourHoursHavePassed() {
        Instant closed = LAST_INBOUND.plus(Duration.ofHours(24));
        assertThat(window.isOpenAt(closed)).isFalse();
        assertThatThrownBy(() -> window.check(TEXT, closed))
                .isInstanceOfSatisfying(RuleViolated.class, e -> {
                    assertThat(e.rule()).isEqualTo(CustomerServiceWindow.RULE);
                    assertThat(e.getMessage()).contains("24 hours").contains("template");
                });
    }

    @Test
    void freeFormIsRefusedToAContactWhoNeverWrote() {
        CustomerServiceWindow never = CustomerServiceWindow.openedAt(Optional.empty());
        assertThat(never.isOpenAt(LAST_INBOUND)).isFalse();
        assertThatThrownBy(() -> never.check(TEXT, LAST_INBOUND))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("never wrote");
    }

    @Test
    void templatesAreAllowedWhetherTheWindowIsOpenOrNot() {
        assertThat(window.allows(TEMPLATE, LAST_INBOUND.plus(Duration.ofDays(30)))).isTrue();
        assertThat(CustomerServiceWindow.openedAt(Optional.empty()).allows(TEMPLATE, LAST_INBOUND)).isTrue();
        assertThatCode(() -> window.check(TEMPLATE, LAST_INBOUND.plus(Duration.ofDays(2)))).doesNotThrowAnyException();
    }

    @Test
    void theWindowOfAContactIsOpenedByTheirLastInboundMessage() {
        Contact contact = Contact.firstSeen(ContactId.of("11111111-1111-1111-1111-111111111111"),
                WhatsAppIdentity.ofUser(new WhatsAppUserId("KE.amina")),
                new SenderProfile(Optional.of("Amina"), Optional.empty()), LAST_INBOUND);
        assertThat(CustomerServiceWindow.of(contact).isOpenAt(LAST_INBOUND.plus(Duration.ofHours(1)))).isTrue();
        assertThat(CustomerServiceWindow.of(contact).isOpenAt(LAST_INBOUND.plus(Duration.ofHours(25)))).isFalse();
    }
}
