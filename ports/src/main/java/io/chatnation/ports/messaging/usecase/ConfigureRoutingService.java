package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.BotMenu;
import io.chatnation.domain.messaging.Keyword;
import io.chatnation.domain.messaging.RoutingSettings;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.ConfigureRouting;
import io.chatnation.ports.messaging.out.MessagingSettings;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

public final class ConfigureRoutingService implements ConfigureRouting {

    private static final List<String> BUILT_IN_OPT_OUT = List.of("STOP", "UNSUBSCRIBE");
    private static final List<String> BUILT_IN_OPT_IN = List.of("START");

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final MessagingSettings settings;
    private final ProcessRegistry processes;
    private final RecordAuditEntry audit;
    private final ReplyTexts replies;
    private final Clock clock;

    public ConfigureRoutingService(UnitOfWork uow, CheckAccess access, MessagingSettings settings,
                                   ProcessRegistry processes, RecordAuditEntry audit, ReplyTexts replies, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.settings = settings;
        this.processes = processes;
        this.audit = audit;
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    public View show(Caller caller) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.ORG_READ);
            return view(settings.routing().orElseGet(RoutingSettings::none));
        });
    }

    @Override
    public View update(Caller caller, RoutingSettings wanted) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.ORG_MANAGE);
            check(wanted);
            Optional<RoutingSettings> before = settings.routing();
            settings.saveRouting(wanted, clock.instant());
            audit.record(new RecordAuditEntry.Command(caller, "messaging.routing_updated", "organization",
                    Optional.of(caller.orgId().value()), before.map(ConfigureRoutingService::summary),
                    Optional.of(summary(wanted)), Map.of()));
            return view(wanted);
        });
    }

    private void check(RoutingSettings wanted) {
        if (wanted.menu().isPresent()) {
            List<BotMenu.Option> options = wanted.menu().get().options();
            for (int i = 0; i < options.size(); i++) {
                Keyword keyword = options.get(i).keyword();
                if (keyword.equals(MenuProcess.KEYWORD)) {
                    throw InvalidInput.of("menu.options[" + i + "].keyword", "cannot open the menu itself");
                }
                if (processes.forKeyword(keyword).isEmpty()) {
                    throw InvalidInput.of("menu.options[" + i + "].keyword", "'" + keyword
                            + "' starts no process; one of " + keywords());
                }
            }
        }
        // A local consent word that is also a process keyword would make that process unreachable.
        Stream.concat(wanted.optOutWords().stream(), wanted.optInWords().stream())
                .filter(word -> processes.forKeyword(word).isPresent()).findFirst()
                .ifPresent(word -> {
                    throw InvalidInput.of(wanted.optOutWords().contains(word) ? "optOutWords" : "optInWords",
                            "'" + word + "' already starts a process");
                });
    }

    private List<String> keywords() {
        return processes.all().stream().flatMap(p -> p.keywords().stream()).map(Keyword::value).sorted().toList();
    }

    private View view(RoutingSettings current) {
        return new View(current, current.defaultReply().orElse(replies.defaultReply()), keywords(), BUILT_IN_OPT_OUT,
                BUILT_IN_OPT_IN);
    }

    /** What the audit trail keeps of the settings: what changed, in words an auditor reads. */
    private static Map<String, Object> summary(RoutingSettings s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("defaultReply", s.defaultReply().orElse(""));
        out.put("menuOptions", s.menu().map(m -> m.options().stream()
                .map(o -> o.label() + " -> " + o.keyword()).toList()).orElse(List.of()));
        out.put("optOutWords", s.optOutWords().stream().map(Keyword::value).sorted().toList());
        out.put("optInWords", s.optInWords().stream().map(Keyword::value).sorted().toList());
        return out;
    }
}
