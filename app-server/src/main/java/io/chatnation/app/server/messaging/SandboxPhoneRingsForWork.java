package io.chatnation.app.server.messaging;

import io.chatnation.ports.messaging.in.WriteFromSandboxPhone;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Rings {@link WorkArrived} once a simulated phone's message has committed with its routing job, as
 * {@link WebhooksRingForWork} does for a provider's webhook: the sandbox answers as fast as a real number.
 */
@Singleton
public class SandboxPhoneRingsForWork implements BeanCreatedEventListener<WriteFromSandboxPhone> {

    private final WorkArrived work;

    public SandboxPhoneRingsForWork(WorkArrived work) {
        this.work = work;
    }

    @Override
    public WriteFromSandboxPhone onCreated(BeanCreatedEvent<WriteFromSandboxPhone> event) {
        WriteFromSandboxPhone phone = event.getBean();
        return command -> {
            WriteFromSandboxPhone.Written written = phone.write(command);
            work.ring();
            return written;
        };
    }
}
