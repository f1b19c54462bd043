package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;
import java.util.Optional;

/** Opens the media downloads of one of the organisation's numbers, through the account's provider and credentials. */
public interface MediaDownloaders {

    /** Empty when media of the account's provider cannot be downloaded here (no adapter serves that provider). */
    Optional<MediaDownloads> forAccount(ChannelAccount account, ChannelCredentials credentials);
}
