package io.chatnation.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {

    static final PhoneNumber PHONE = PhoneNumber.of("phone", "+254712345678");
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", " Stop. ", "UNSUBSCRIBE", "unsubscribe!"})
    void stop_words_opt_out(String text) {
        assertThat(ConsentKeyword.in(text)).contains(ConsentKeyword.OPT_OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", " start ", "Start!"})
    void start_opts_in(String text) {
        assertThat(ConsentKeyword.in(text)).contains(ConsentKeyword.OPT_IN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"please stop", "stopp", "hi", "", "START NOW"})
    void other_messages_are_no_keyword(String text) {
        assertThat(ConsentKeyword.in(text)).isEmpty();
    }

    @Test
    void a_later_message_updates_the_name_and_learns_new_identifiers_but_a_late_one_never_moves_time_back() {
        Contact first = Contact.firstSeen(new ContactId(UUID.randomUUID()), WhatsAppIdentity.ofPhone(PHONE),
                new SenderProfile(Optional.of("Wanjiku"), Optional.empty()), T0);
        WhatsAppUserId userId = new WhatsAppUserId("KE.1234567890");

        Contact later = first.wrote(WhatsAppIdentity.ofUser(userId), new SenderProfile(Optional.of("Wanjiku M."), Optional.empty()),
                T0.plusSeconds(60));
        Contact late = later.wrote(WhatsAppIdentity.ofPhone(PHONE), SenderProfile.UNKNOWN, T0.plusSeconds(30));

        assertThat(later.identity()).isEqualTo(WhatsAppIdentity.of(PHONE, userId));
        assertThat(later.profileName()).contains("Wanjiku M.");
        assertThat(late.profileName()).contains("Wanjiku M.");
        assertThat(late.lastInboundAt()).contains(T0.plusSeconds(60));
        assertThat(first.optedOut(true).optedOut()).isTrue();
    }
}
