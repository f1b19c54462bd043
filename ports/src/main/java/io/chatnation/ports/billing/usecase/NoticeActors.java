package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.RequestOrigin;
import java.util.Set;

/** Who the audit trail names when a provider's notice changes a purchase: the provider, from where it called. */
final class NoticeActors {

    private NoticeActors() {}

    static Caller of(OrgId org, PaymentProvider provider, RequestOrigin origin) {
        return new Caller(org, ActorType.SYSTEM, provider.actorId(), Set.of(), origin);
    }
}
