package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;

/** Opens the media downloads of one of the organisation's numbers, through the account's provider and credentials. */
public interface MediaDownloaders {

    MediaDownloads forAccount(ChannelAccount account, ChannelCredentials credentials);
}
