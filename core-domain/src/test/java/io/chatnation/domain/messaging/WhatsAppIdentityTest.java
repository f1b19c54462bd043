package io.chatnation.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.PhoneNumber;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhatsAppIdentityTest {

    private static final PhoneNumber PHONE = new PhoneNumber("+254712345678");
    private static final WhatsAppUserId USER_ID = new WhatsAppUserId("KE.1502576394655843");

    @Test
    void is_a_phone_a_user_id_or_both_but_never_neither() {
        assertThat(WhatsAppIdentity.ofPhone(PHONE).userId()).isEmpty();
        assertThat(WhatsAppIdentity.ofUser(USER_ID).phone()).isEmpty();
        assertThat(WhatsAppIdentity.of(PHONE, USER_ID).phone()).contains(PHONE);
        assertThatThrownBy(() -> new WhatsAppIdentity(Optional.empty(), Optional.empty())).isInstanceOf(InvalidInput.class);
    }

    @Test
    void two_identities_name_the_same_person_when_they_share_either_identifier() {
        WhatsAppIdentity both = WhatsAppIdentity.of(PHONE, USER_ID);

        assertThat(both.sharesAnIdentifierWith(WhatsAppIdentity.ofPhone(PHONE))).isTrue();
        assertThat(both.sharesAnIdentifierWith(WhatsAppIdentity.ofUser(USER_ID))).isTrue();
        assertThat(WhatsAppIdentity.ofPhone(PHONE).sharesAnIdentifierWith(WhatsAppIdentity.ofUser(USER_ID))).isFalse();
        assertThat(WhatsAppIdentity.ofPhone(PHONE).sharesAnIdentifierWith(
                WhatsAppIdentity.ofPhone(new PhoneNumber("+254700000000")))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"KE.1502576394655843", "US.ENT.11815799212886844830", "BR.abcDEF123"})
    void accepts_business_scoped_user_ids(String raw) {
        assertThat(new WhatsAppUserId(raw).value()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"254712345678", "ke.1502576394655843", "KE.", "KE.15025 76394655843", "KE.1.2.3.4", "KE.x/y"})
    void refuses_what_is_not_one(String raw) {
        assertThatThrownBy(() -> new WhatsAppUserId(raw)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_channel_secret_never_prints_itself() {
        assertThat(new ChannelSecret("EAAG-very-secret")).hasToString("ChannelSecret[****]");
    }
}
