package io.chatnation.app.server.billing;

import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.shared.TokenAmount;

/**
 * What purchases put into wallets, read straight from the ledger past row-level security: the tests of the
 * payment flows assert here that a confirmed payment was credited exactly once and a refused one never.
 */
final class PurchaseCredits {

    private PurchaseCredits() {}

    /** Tokens credited to the organisation by purchases. */
    static TokenAmount creditedTo(String orgId) {
        return TokenAmount.ofMilli(TestPlatform.countAsSuperuser(
                "select coalesce(sum(amount), 0) from token_transactions where type = 'purchase' and org_id = '" + orgId + "'"));
    }

    /** Ledger entries crediting this purchase: one however often the provider confirmed it, none if it was refused. */
    static long creditsFor(String purchaseId) {
        return TestPlatform.countAsSuperuser(
                "select count(*) from token_transactions where type = 'purchase' and reference_id = '" + purchaseId + "'");
    }
}
