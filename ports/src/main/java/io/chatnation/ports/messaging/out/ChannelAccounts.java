package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelCredentials;
import java.util.List;
import java.util.Optional;

/** The current organisation's channel accounts; their secrets are kept encrypted and read back only to use them. */
public interface ChannelAccounts {

    /** Adds the account; a number already connected (by any organisation) is a Conflict. */
    void add(ChannelAccount account, ChannelCredentials credentials);

    List<ChannelAccount> list();

    Optional<ChannelAccount> find(ChannelAccountId id);

    Optional<ChannelCredentials> credentials(ChannelAccountId id);

    boolean remove(ChannelAccountId id);
}
