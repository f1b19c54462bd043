package io.chatnation.adapter.payments.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.adapter.payments.shared.ProviderHttp;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.shared.InvalidInput;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An STK Push result as Daraja posts it: {@code {"Body":{"stkCallback":{MerchantRequestID, CheckoutRequestID,
 * ResultCode, ResultDesc, CallbackMetadata?{Item:[{Name, Value?}]}}}}}. Metadata items are read by name,
 * since their order is not promised, and an item may come without a value.
 */
record MpesaCallback(String merchantRequestId, ProviderReference checkoutRequestId, int resultCode, String resultDesc,
                     Map<String, JsonNode> items) {

    private static final String FIELD = "Body.stkCallback";

    static MpesaCallback parse(byte[] body) {
        JsonNode root;
        try {
            root = ProviderHttp.JSON.readTree(body);
        } catch (IOException e) {
            throw InvalidInput.of("Body", "is not JSON");
        }
        JsonNode callback = root == null ? null : root.path("Body").path("stkCallback");
        if (callback == null || !callback.isObject()) {
            throw InvalidInput.of(FIELD, "is missing");
        }
        String checkout = callback.path("CheckoutRequestID").asText("");
        if (checkout.isBlank() || checkout.length() > 255) {
            throw InvalidInput.of(FIELD + ".CheckoutRequestID", "is required");
        }
        JsonNode code = callback.path("ResultCode");
        if (!code.isNumber() && !(code.isTextual() && code.asText().matches("\\d{1,9}"))) {
            throw InvalidInput.of(FIELD + ".ResultCode", "must be a number");
        }
        Map<String, JsonNode> items = new HashMap<>();
        for (JsonNode item : callback.path("CallbackMetadata").path("Item")) {
            JsonNode value = item.get("Value");
            if (item.hasNonNull("Name") && value != null && !value.isNull()) {
                items.put(item.get("Name").asText(), value);
            }
        }
        return new MpesaCallback(callback.path("MerchantRequestID").asText(""), new ProviderReference(checkout),
                code.asInt(), callback.path("ResultDesc").asText(""), items);
    }

    PaymentOutcome outcome() {
        if (resultCode != MpesaResultCodes.SUCCESS) {
            return MpesaResultCodes.outcome(resultCode, resultDesc, Optional.empty(), Optional.empty());
        }
        // A success that does not say how much was paid cannot be checked against the price: refuse it.
        JsonNode amount = items.get("Amount");
        if (amount == null) {
            throw InvalidInput.of(FIELD + ".CallbackMetadata", "a successful payment names its Amount");
        }
        BigDecimal shillings;
        try {
            shillings = amount.isNumber() ? amount.decimalValue() : new BigDecimal(amount.asText().trim());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(FIELD + ".CallbackMetadata.Amount", "must be a number");
        }
        if (shillings.signum() <= 0) {
            throw InvalidInput.of(FIELD + ".CallbackMetadata.Amount", "must be positive");
        }
        Money paid = Money.of(CurrencyCode.KES, shillings);
        return MpesaResultCodes.outcome(resultCode, resultDesc, Optional.of(paid),
                Optional.ofNullable(items.get("MpesaReceiptNumber")).map(JsonNode::asText).filter(r -> !r.isBlank()));
    }
}
