package io.chatnation.app.cli;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.domain.shared.Uuids;
import io.chatnation.ports.messaging.in.ListChannelAccounts;
import io.chatnation.ports.messaging.in.ProcessInboundJobs;
import io.chatnation.ports.messaging.in.ShowSandboxThread;
import io.chatnation.ports.messaging.in.WriteFromSandboxPhone;
import io.chatnation.ports.messaging.out.SandboxDeliveries.Direction;
import io.chatnation.ports.messaging.out.SandboxDeliveries.ThreadMessage;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chatnation sandbox chat}: a simulated phone in the terminal. Each line read is written to the sandbox number
 * through the real inbound pipeline and the bot's replies are printed as they arrive. This process routes the jobs
 * itself, so it works with no server running; with one, whichever claims a job first handles it (jobs are leased).
 */
@Prototype
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"Chats with the organisation's sandbox number from a simulated phone: reads lines from stdin, "
                + "prints the bot's replies.",
                "Type /button <id> or /list <id> to tap a button or list row the bot offered."})
final class SandboxChatCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofMillis(100);

    @Spec
    CommandSpec spec;

    @Option(names = "--org", required = true, paramLabel = "<org-id>", description = "The organisation's id.")
    String org;

    @Option(names = "--phone", required = true, paramLabel = "<number>",
            description = "The simulated phone's number, e.g. +254712345678 (local numbers use the organisation's region).")
    String phone;

    @Option(names = "--account", paramLabel = "<channel-id>",
            description = "The sandbox number's channel id; needed only when the organisation has several.")
    String account;

    @Option(names = "--wait", paramLabel = "<seconds>", defaultValue = "10",
            description = "How long to wait for a reply to each line (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    private final OrganisationScope scope;
    private final BeanProvider<ListChannelAccounts> accounts;
    private final BeanProvider<WriteFromSandboxPhone> write;
    private final BeanProvider<ShowSandboxThread> thread;
    private final BeanProvider<ProcessInboundJobs> jobs;

    SandboxChatCommand(OrganisationScope scope, BeanProvider<ListChannelAccounts> accounts,
                       BeanProvider<WriteFromSandboxPhone> write, BeanProvider<ShowSandboxThread> thread,
                       BeanProvider<ProcessInboundJobs> jobs) {
        this.scope = scope;
        this.accounts = accounts;
        this.write = write;
        this.thread = thread;
        this.jobs = jobs;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        OrgId organisation = Options.organisation(org);
        ChannelAccountId sandbox = sandboxNumber(organisation);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PhoneNumber from = scope.actIn(organisation, caller -> thread.get().show(caller, sandbox, phone,
                PageRequest.first(1))).phone();
        Set<String> shown = new HashSet<>(threadOf(organisation, sandbox).stream().map(m -> m.id().toString()).toList());
        err.println("Chatting as " + from.e164() + " with sandbox number " + sandbox + ". End with Ctrl-D.");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int lines = 0;
        int replies = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            WriteFromSandboxPhone.Say say = sayOf(line.strip());
            var written = scope.actIn(organisation, caller -> write.get().write(
                    new WriteFromSandboxPhone.Command(caller, sandbox, from.e164(), say)));
            shown.add(written.message().toString());
            lines++;
            replies += awaitReplies(organisation, sandbox, shown, out);
        }
        err.println("Sent " + lines + " messages, received " + replies + " replies.");
        return 0;
    }

    /** Routes ready jobs and prints new outbound messages until one arrives and a short quiet follows, or time runs out. */
    private int awaitReplies(OrgId organisation, ChannelAccountId sandbox, Set<String> shown, PrintWriter out)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        long quietUntil = Long.MAX_VALUE;
        int printed = 0;
        while (System.nanoTime() < Math.min(deadline, quietUntil)) {
            jobs.get().processReady(20);
            for (ThreadMessage message : threadOf(organisation, sandbox)) {
                if (message.direction() == Direction.OUTBOUND && shown.add(message.id().toString())) {
                    print(message, out);
                    printed++;
                    // A reply may come in several messages: wait a moment for the rest.
                    quietUntil = System.nanoTime() + Duration.ofMillis(700).toNanos();
                }
            }
            Thread.sleep(POLL.toMillis());
        }
        if (printed == 0) {
            out.println("(no reply within " + waitSeconds + " s)");
        }
        return printed;
    }

    private List<ThreadMessage> threadOf(OrgId organisation, ChannelAccountId sandbox) {
        List<ThreadMessage> newestFirst = scope.actIn(organisation, caller -> thread.get().show(caller, sandbox, phone,
                PageRequest.first(PageRequest.MAX_LIMIT))).messages().items();
        List<ThreadMessage> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static void print(ThreadMessage message, PrintWriter out) {
        out.println("bot> " + message.body().replace("\n", "\n     "));
        if (message.interactive().orElse(null) instanceof OutboundContent.ReplyButtons buttons) {
            buttons.buttons().forEach(b -> out.println("     [" + b.id() + "] " + b.title()));
        } else if (message.interactive().orElse(null) instanceof OutboundContent.ListMenu menu) {
            out.println("     " + menu.buttonLabel() + ":");
            menu.sections().forEach(s -> {
                s.title().ifPresent(t -> out.println("     " + t));
                s.rows().forEach(r -> out.println("     (" + r.id() + ") " + r.title()
                        + r.description().map(d -> " — " + d).orElse("")));
            });
        }
        message.error().ifPresent(e -> out.println("     (not delivered: " + e + ")"));
    }

    private static WriteFromSandboxPhone.Say sayOf(String line) {
        if (line.startsWith("/button ")) {
            return new WriteFromSandboxPhone.ButtonTap(line.substring("/button ".length()).strip());
        }
        if (line.startsWith("/list ")) {
            return new WriteFromSandboxPhone.ListPick(line.substring("/list ".length()).strip());
        }
        return new WriteFromSandboxPhone.Text(line);
    }

    private ChannelAccountId sandboxNumber(OrgId organisation) {
        if (account != null) {
            return new ChannelAccountId(Uuids.parse("--account", account));
        }
        List<ChannelAccount> sandboxes = scope.actIn(organisation, caller -> accounts.get().list(caller)).stream()
                .filter(a -> a.provider() == ChannelProvider.SANDBOX).toList();
        if (sandboxes.isEmpty()) {
            // Connecting one is an API call (POST /api/v1/channels with provider sandbox) or a click in the dashboard.
            throw new NotFound("A sandbox number of organisation " + organisation);
        }
        if (sandboxes.size() > 1) {
            throw InvalidInput.of("--account",
                    "the organisation has " + sandboxes.size() + " sandbox numbers; name one with --account");
        }
        return sandboxes.get(0).id();
    }
}
