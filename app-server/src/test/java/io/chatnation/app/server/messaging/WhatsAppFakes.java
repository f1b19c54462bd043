package io.chatnation.app.server.messaging;

import io.chatnation.adapter.whatsapp.cloud.fake.FakeCloudApi;
import io.chatnation.adapter.whatsapp.twilio.fake.FakeTwilio;
import java.util.Map;

/** One WhatsApp Cloud API fake and one Twilio fake for the whole test run; each test connects numbers of its own to it. */
public final class WhatsAppFakes {

    private static FakeCloudApi cloud;
    private static FakeTwilio twilio;

    private WhatsAppFakes() {}

    /** The properties that point the platform's Cloud API channel at the fake. */
    public static synchronized Map<String, Object> properties() {
        return Map.of("chatnation.whatsapp.cloud.base-url", cloud().baseUri().toString(),
                "chatnation.whatsapp.twilio.base-url", twilio().baseUri().toString());
    }

    public static synchronized FakeTwilio twilio() {
        if (twilio == null) {
            twilio = FakeTwilio.start();
            Runtime.getRuntime().addShutdownHook(new Thread(twilio::close));
        }
        return twilio;
    }

    public static synchronized FakeCloudApi cloud() {
        if (cloud == null) {
            cloud = FakeCloudApi.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(cloud::close));
        }
        return cloud;
    }
}
