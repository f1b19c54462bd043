package io.chatnation.adapter.payments.mpesa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DarajaPasswordTest {

    static final String SHORTCODE = "174379";
    static final String PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";

    @Test
    void the_password_matches_darajas_published_vector() {
        assertThat(DarajaPassword.of(SHORTCODE, PASSKEY, "20210628092408")).isEqualTo(
                "MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkxOTIwMjEwNjI4MDkyNDA4");
    }

    @Test
    void the_timestamp_is_nairobi_time_whatever_the_servers_zone() {
        // 06:24:08 UTC is 09:24:08 in Nairobi (UTC+3, no daylight saving): the vector's timestamp.
        DarajaPassword password = DarajaPassword.at(Instant.parse("2021-06-28T06:24:08Z"), SHORTCODE, PASSKEY);
        assertThat(password.timestamp()).isEqualTo("20210628092408");
        assertThat(password.password()).isEqualTo(DarajaPassword.of(SHORTCODE, PASSKEY, "20210628092408"));
    }
}
