package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.Keyword;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.ProcessPosition;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.Caller;
import io.chatnation.ports.messaging.out.Contacts;
import io.chatnation.ports.messaging.out.ConversationalProcess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * JOIN: a contact asks for updates and confirms it with a tap, which records their opt-in with its source and time
 * (the proof of consent marketing messages need). "No" records nothing; silence until the timeout leaves everything
 * as it was and tells the contact so.
 */
public final class OptInConfirmationProcess implements ConversationalProcess {

    public static final String NAME = "opt_in_confirmation";
    static final String SOURCE = "whatsapp_confirmation";
    private static final String CONFIRMING = "confirming";
    private static final String ASKED_AGAIN = "askedAgain";
    private static final String YES = "optin:yes";
    private static final String NO = "optin:no";
    private static final Set<Keyword> YES_WORDS = Set.of(Keyword.of("YES"), Keyword.of("Y"), Keyword.of("NDIO"),
            Keyword.of("Yes, subscribe"));
    private static final Set<Keyword> NO_WORDS = Set.of(Keyword.of("NO"), Keyword.of("N"), Keyword.of("HAPANA"),
            Keyword.of("No, thanks"));

    private final Contacts contacts;
    private final RecordAuditEntry audit;
    private final Duration timeout;

    public OptInConfirmationProcess(Contacts contacts, RecordAuditEntry audit, Duration timeout) {
        this.contacts = contacts;
        this.audit = audit;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Keyword> keywords() {
        return Set.of(Keyword.of("JOIN"));
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public Optional<String> timeoutNotice() {
        return Optional.of("We did not get your answer, so nothing has changed. Reply JOIN whenever you want our updates.");
    }

    @Override
    public Step start(Turn turn, Trigger trigger) {
        return Step.next(CONFIRMING, Map.of(), question());
    }

    @Override
    public Step continueWith(Turn turn, ProcessPosition at) {
        Optional<Keyword> said = turn.text().flatMap(Keyword::in);
        boolean yes = turn.choice().filter(YES::equals).isPresent() || said.filter(YES_WORDS::contains).isPresent();
        boolean no = turn.choice().filter(NO::equals).isPresent() || said.filter(NO_WORDS::contains).isPresent();
        if (yes) {
            contacts.recordConsent(turn.contact().optedOut(false), turn.now(), SOURCE);
            Caller pipeline = new Caller(turn.org(), ActorType.SYSTEM, InboundRouter.PIPELINE_ACTOR, Set.of(), null);
            audit.record(new RecordAuditEntry.Command(pipeline, "contact.opted_in", "contact",
                    Optional.of(turn.contact().id().value()), Optional.empty(), Optional.of(Map.of("optedOut", false)),
                    Map.of("source", SOURCE)));
            return Step.finish(OutboundContent.TextMessage.of(
                    "Thank you! You are subscribed to our updates. Reply STOP at any time to unsubscribe."));
        }
        if (no) {
            return Step.finish(OutboundContent.TextMessage.of("No problem: we will not send you updates."));
        }
        if (at.data().containsKey(ASKED_AGAIN)) {
            // Asked twice without an answer: the contact has moved on, and is not held any longer.
            return Step.finish(OutboundContent.TextMessage.of(
                    "No answer, so nothing has changed. Reply JOIN whenever you want our updates."));
        }
        return Step.next(CONFIRMING, Map.of(ASKED_AGAIN, "true"), OutboundContent.TextMessage.of("Please tap Yes or No."),
                question());
    }

    private static OutboundContent question() {
        return OutboundContent.ReplyButtons.of("Would you like to receive our updates on WhatsApp? You can reply STOP at any time.",
                new OutboundContent.ReplyButton(YES, "Yes, subscribe"), new OutboundContent.ReplyButton(NO, "No, thanks"));
    }
}
