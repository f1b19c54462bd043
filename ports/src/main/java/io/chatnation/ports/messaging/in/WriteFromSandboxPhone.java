package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.PhoneNumber;
import java.util.Objects;

/**
 * A simulated phone writes to an organisation's sandbox number. The message takes the path of one arriving by
 * webhook: stored with its routing job in one transaction, then routed by the same workers, which answer through the
 * sandbox channel.
 */
public interface WriteFromSandboxPhone {

    Written write(Command command);

    /** {@code from} as people write it; numbers without a country code belong to the organisation's default region. */
    record Command(Caller caller, ChannelAccountId account, String from, Say say) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(say, "say");
        }
    }

    /** What the phone sends: typed text, or a tap on a button or list row the bot offered it. */
    sealed interface Say {
    }

    record Text(String body) implements Say {
    }

    record ButtonTap(String buttonId) implements Say {
    }

    record ListPick(String rowId) implements Say {
    }

    /** The message as stored, and the phone it came from in E.164. */
    record Written(MessageId message, PhoneNumber from, String type) {
    }
}
