package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.MessageTemplate;
import io.chatnation.domain.messaging.TemplateId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Conflict;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.ports.messaging.in.ManageTemplates;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public final class ManageTemplatesService implements ManageTemplates {

    private final TemplateWork work;
    private final IdGenerator ids;

    public ManageTemplatesService(TemplateWork work, IdGenerator ids) {
        this.work = work;
        this.ids = ids;
    }

    @Override
    public MessageTemplate create(Caller caller, Definition d) {
        return work.writing(caller, () -> {
            refuseTaken(d, Optional.empty());
            Instant now = work.clock().instant();
            MessageTemplate created = new MessageTemplate(new TemplateId(ids.next()), d.name(), d.language(),
                    d.category(), d.layout(), d.variables(), d.status(), now, now);
            work.templates().add(created);
            audit(caller, "template.created", created, Optional.empty(), Optional.of(created));
            return created;
        });
    }

    @Override
    public MessageTemplate update(Caller caller, TemplateId id, Definition d) {
        return work.writing(caller, () -> {
            MessageTemplate before = work.existing(id);
            refuseTaken(d, Optional.of(id));
            MessageTemplate after = new MessageTemplate(id, d.name(), d.language(), d.category(), d.layout(),
                    d.variables(), d.status(), before.createdAt(), work.clock().instant());
            work.templates().update(after);
            audit(caller, "template.updated", after, Optional.of(before), Optional.of(after));
            return after;
        });
    }

    @Override
    public void delete(Caller caller, TemplateId id) {
        work.writing(caller, () -> {
            MessageTemplate before = work.existing(id);
            if (!work.templates().delete(id)) {
                throw new NotFound("Template");
            }
            audit(caller, "template.deleted", before, Optional.of(before), Optional.empty());
            return null;
        });
    }

    /** A name is unique per language: WhatsApp knows a template by the two together. */
    private void refuseTaken(Definition d, Optional<TemplateId> self) {
        work.templates().find(d.name(), d.language())
                .filter(other -> self.map(id -> !id.equals(other.id())).orElse(true))
                .ifPresent(other -> {
                    throw new Conflict("A template named " + d.name() + " in " + d.language() + " exists already");
                });
    }

    private void audit(Caller caller, String action, MessageTemplate subject, Optional<MessageTemplate> before,
                       Optional<MessageTemplate> after) {
        work.audit().record(new RecordAuditEntry.Command(caller, action, "message_template",
                Optional.of(subject.id().value()), before.map(ManageTemplatesService::state),
                after.map(ManageTemplatesService::state), Map.of()));
    }

    private static Map<String, Object> state(MessageTemplate t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", t.name().value());
        out.put("language", t.language().value());
        out.put("category", t.category().name());
        out.put("status", t.status().name());
        out.put("body", t.layout().body());
        return out;
    }
}
