package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.PurchaseId;
import java.util.Locale;

/** The receipt number a sandbox payment shows, shaped like M-Pesa's so screens look as they will in production. */
final class SandboxReceipts {

    private SandboxReceipts() {}

    static String of(PurchaseId purchase) {
        String hex = purchase.value().toString().replace("-", "");
        return "SBX" + hex.substring(hex.length() - 7).toUpperCase(Locale.ROOT);
    }
}
