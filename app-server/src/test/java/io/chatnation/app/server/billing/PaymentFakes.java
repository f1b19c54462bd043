package io.chatnation.app.server.billing;

import io.chatnation.adapter.payments.fake.DarajaFake;
import io.chatnation.adapter.payments.fake.StripeFake;
import io.chatnation.app.server.TestPlatform;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The Daraja and Stripe fakes the shared test platform is configured against (all three providers on, the
 * sandbox included), started once for the whole run.
 */
public final class PaymentFakes {

    public static final String SHORTCODE = "174379";
    public static final String PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";
    public static final String STRIPE_WEBHOOK_SECRET = "whsec_chatnation_test";
    /** The public https address the platform announces to Daraja; the fake carries callbacks on to the test server. */
    static final String CALLBACK_BASE = "https://callbacks.chatnation.test";
    /** How long the sandbox's simulated payer takes: long enough for a test to decide by hand first. */
    static final int SANDBOX_SECONDS = 8;

    private static DarajaFake daraja;
    private static StripeFake stripe;

    private PaymentFakes() {}

    /** The properties that point the platform's payment providers at the fakes. */
    public static synchronized Map<String, Object> properties() {
        if (daraja == null) {
            daraja = DarajaFake.start("test-consumer-key", "test-consumer-secret", SHORTCODE, PASSKEY);
            stripe = StripeFake.start("sk_test_chatnation", STRIPE_WEBHOOK_SECRET);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                daraja.close();
                stripe.close();
            }));
        }
        Map<String, Object> p = new HashMap<>();
        p.put("chatnation.payments.mpesa.consumer-key", "test-consumer-key");
        p.put("chatnation.payments.mpesa.consumer-secret", "test-consumer-secret");
        p.put("chatnation.payments.mpesa.shortcode", SHORTCODE);
        p.put("chatnation.payments.mpesa.passkey", PASSKEY);
        p.put("chatnation.payments.mpesa.base-url", daraja.baseUrl().toString());
        p.put("chatnation.payments.mpesa.callback-base-url", CALLBACK_BASE);
        p.put("chatnation.payments.stripe.secret-key", "sk_test_chatnation");
        p.put("chatnation.payments.stripe.webhook-secret", STRIPE_WEBHOOK_SECRET);
        p.put("chatnation.payments.stripe.base-url", stripe.baseUrl().toString());
        p.put("chatnation.payments.stripe.success-url", "https://app.chatnation.test/billing?paid={CHECKOUT_SESSION_ID}");
        p.put("chatnation.payments.stripe.cancel-url", "https://app.chatnation.test/billing");
        p.put("chatnation.payments.sandbox.enabled", true);
        p.put("chatnation.payments.sandbox.complete-after", SANDBOX_SECONDS + "s");
        return p;
    }

    public static synchronized DarajaFake daraja() {
        properties();
        daraja.routeCallbacksTo(URI.create(TestPlatform.baseUrl()));
        return daraja;
    }

    public static synchronized StripeFake stripe() {
        properties();
        stripe.deliverWebhooksTo(URI.create(TestPlatform.baseUrl()).resolve("/api/v1/payments/stripe/webhook"));
        return stripe;
    }
}
