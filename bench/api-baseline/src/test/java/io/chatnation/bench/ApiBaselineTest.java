package io.chatnation.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the benchmark end to end against {@link FakeApiServer}. */
class ApiBaselineTest {

    @TempDir
    Path tmp;

    private FakeApiServer server;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void start() throws Exception {
        server = new FakeApiServer();
    }

    @AfterEach
    void stop() {
        server.close();
        // Keep the tool's own output visible in the test log.
        System.out.print(logBytes.toString(StandardCharsets.UTF_8));
        System.out.print(outBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void bothScenariosAgainstAHealthyServer() throws Exception {
        Path results = tmp.resolve("results.md");
        int exit = ApiBaseline.run(new String[] {"--url", server.baseUrl(), "--rate", "200", "--duration", "2",
                "--warmup", "1", "--out", results.toString()}, out, log);

        String output = outBytes.toString(StandardCharsets.UTF_8);
        assertEquals(ApiBaseline.EXIT_OK, exit, output + logBytes);
        assertEquals(1, server.registers.get());
        assertEquals(50, server.membersAdded.get());
        // 3 s at 200 req/s, plus the probe before the run.
        assertEquals(601, server.meRequests.get());
        assertEquals(601, server.memberListRequests.get());

        assertTrue(output.contains("== me: GET /api/v1/auth/me =="), output);
        assertTrue(output.contains("== members: GET /api/v1/members?limit=20 =="), output);
        assertTrue(output.contains("requests         400 scheduled, 400 sent, 400 responses"), output);
        assertTrue(output.contains(ScenarioResult.TABLE_HEADER), output);
        assertTrue(output.contains("| `GET /api/v1/auth/me` | 200 | "), output);
        assertTrue(output.contains("| `GET /api/v1/members?limit=20` | 200 | "), output);
        assertTrue(output.contains("mvn -q -f bench/api-baseline/pom.xml compile exec:java -Dexec.args=\"--url "
                + server.baseUrl() + " --rate 200 --duration 2 --warmup 1 --scenario both --connections 256\""),
                output);
        assertTrue(logBytes.toString(StandardCharsets.UTF_8)
                .contains("probe GET /api/v1/members?limit=20: 20 members on the first page, next cursor present"));

        String md = Files.readString(results);
        assertTrue(md.contains("# API baseline results"), md);
        assertTrue(md.contains("OK (every request answered 2xx)"), md);
        assertTrue(md.contains("Value     Percentile TotalCount 1/(1-Percentile)"), md);
        assertEquals(2, md.lines().filter(l -> l.startsWith("| 20")).count(), md);
    }

    @Test
    void nonSuccessResponsesFailTheRun() {
        server.failEveryNthMe = 10;
        int exit = ApiBaseline.run(new String[] {"--url", server.baseUrl(), "--rate", "200", "--duration", "1",
                "--warmup", "0", "--scenario", "me", "--members", "1", "--out", tmp.resolve("r.md").toString()},
                out, log);
        String output = outBytes.toString(StandardCharsets.UTF_8);
        assertEquals(ApiBaseline.EXIT_FAILED_REQUESTS, exit, output);
        // The probe is request 1, so the run sends requests 2..201; the 20 multiples of 10 fail.
        assertTrue(output.contains("non-2xx          20 (500: 20)"), output);
        assertTrue(output.contains("FAILED"), output);
    }

    @Test
    void unreachableServerIsASetupFailure() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        int exit = ApiBaseline.run(new String[] {"--url", "http://127.0.0.1:" + port, "--timeout", "2000"}, out,
                log);
        assertEquals(ApiBaseline.EXIT_SETUP, exit);
        assertTrue(logBytes.toString(StandardCharsets.UTF_8).contains("setup failed: POST /api/v1/auth/register"));
    }

    @Test
    void usageErrorsAndHelp() {
        assertEquals(ApiBaseline.EXIT_USAGE, ApiBaseline.run(new String[] {"--rate", "x"}, out, log));
        assertTrue(logBytes.toString(StandardCharsets.UTF_8).contains("Usage: api-baseline"));
        assertEquals(ApiBaseline.EXIT_OK, ApiBaseline.run(new String[] {"--help"}, out, log));
        assertTrue(outBytes.toString(StandardCharsets.UTF_8).contains("--connections <n>"));
    }

    /**
     * With a single connection, a 500 ms stall holds back every request due during it. A closed-loop
     * tool would record one slow request; this one charges the wait to each held-back request.
     */
    @Test
    void stallsAreChargedToEveryRequestDueDuringThem() throws Exception {
        server.stallMeRequest = 101; // the probe is request 1, so this is the run's 100th request
        server.stallMillis = 500;
        Options options = Options.parse("--url", server.baseUrl(), "--rate", "200", "--duration", "2",
                "--warmup", "0", "--scenario", "me", "--connections", "1", "--members", "0");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ApiSession session = new ApiSession(client, options, log);
        session.register();
        session.probe(Scenario.ME);
        ScenarioResult result = new LoadRunner(client, options, session, log).run(Scenario.ME);
        session.close();

        assertEquals(400, result.responses());
        assertEquals(0, result.errors());
        assertTrue(result.maxMillis() >= 450, "max " + result.maxMillis());
        // About 100 requests are due during the stall; those due in its first 300 ms waited >= 200 ms.
        long slow = result.latency().getCountBetweenValues(200_000, PhaseStats.HIGHEST_TRACKABLE_MICROS);
        assertTrue(slow >= 40, "requests delayed >= 200 ms: " + slow);
        assertTrue(result.measured.waitedForConnection >= 40, "waited: " + result.measured.waitedForConnection);
    }

    @Test
    void accessTokenIsRenewedDuringLongRuns() {
        int exit = ApiBaseline.run(new String[] {"--url", server.baseUrl(), "--rate", "100", "--duration", "3",
                "--warmup", "0", "--scenario", "me", "--members", "0", "--token-refresh", "1",
                "--out", tmp.resolve("r.md").toString()}, out, log);
        assertEquals(ApiBaseline.EXIT_OK, exit, outBytes.toString(StandardCharsets.UTF_8));
        assertTrue(server.refreshes.get() >= 2, "refreshes: " + server.refreshes.get());
        assertTrue(server.tokensUsed.size() >= 3, "tokens used: " + server.tokensUsed.size());
    }
}
