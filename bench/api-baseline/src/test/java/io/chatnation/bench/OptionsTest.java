package io.chatnation.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaults() throws Exception {
        Options o = Options.parse();
        assertEquals(URI.create("http://localhost:8080"), o.baseUri);
        assertEquals(1000, o.rate);
        assertEquals(60, o.durationSeconds);
        assertEquals(10, o.warmupSeconds);
        assertEquals(Options.ScenarioSelection.BOTH, o.scenario);
        assertEquals(List.of(Scenario.ME, Scenario.MEMBERS), o.scenario.scenarios());
        assertEquals(256, o.connections);
        assertEquals(10_000, o.timeoutMillis);
        assertEquals(50, o.members);
        assertNull(o.out);
        assertFalse(o.help);
    }

    @Test
    void parsesEveryOption() throws Exception {
        Options o = Options.parse("--url", "http://api.test:9000/", "--rate", "250", "--duration=30",
                "--warmup", "0", "--scenario", "MEMBERS", "--connections", "8", "--timeout", "2000",
                "--members", "5", "--token-refresh", "30", "--out", "x/results.md");
        assertEquals(URI.create("http://api.test:9000"), o.baseUri);
        assertEquals(250, o.rate);
        assertEquals(30, o.durationSeconds);
        assertEquals(0, o.warmupSeconds);
        assertEquals(List.of(Scenario.MEMBERS), o.scenario.scenarios());
        assertEquals(8, o.connections);
        assertEquals(2000, o.timeoutMillis);
        assertEquals(5, o.members);
        assertEquals(30, o.tokenRefreshSeconds);
        assertEquals(Path.of("x/results.md"), o.out);
        assertEquals(URI.create("http://api.test:9000/api/v1/members?limit=20"), o.api(Scenario.MEMBERS.path));
    }

    @Test
    void commandReproducesTheRun() throws Exception {
        Options o = Options.parse("--url", "http://localhost:8080", "--rate", "1000", "--duration", "60",
                "--warmup", "10");
        assertEquals("mvn -q -f bench/api-baseline/pom.xml compile exec:java -Dexec.args=\"--url "
                + "http://localhost:8080 --rate 1000 --duration 60 --warmup 10 --scenario both --connections 256\"",
                o.command());
        // The echoed arguments parse back to the same options.
        Options again = Options.parse(o.toArgs().toArray(new String[0]));
        assertEquals(o.command(), again.command());
    }

    @Test
    void helpAndBlankArguments() throws Exception {
        assertTrue(Options.parse("--help").help);
        assertEquals(5, Options.parse("", "--rate", "5", " ").rate);
    }

    @Test
    void rejectsBadInput() {
        assertUsage("unknown option '--speed'", "--speed", "3");
        assertUsage("option --rate needs a value", "--rate");
        assertUsage("option --rate needs a whole number, got 'fast'", "--rate", "fast");
        assertUsage("option --rate must be between 1 and 1000000, got 0", "--rate", "0");
        assertUsage("option --connections must be between 1 and 65536, got -1", "--connections", "-1");
        assertUsage("--scenario must be one of me, members, both; got 'all'", "--scenario", "all");
        assertUsage("unexpected argument 'me'", "me");
        assertThrows(Options.UsageException.class, () -> Options.parse("--url", "localhost:8080"));
        assertThrows(Options.UsageException.class, () -> Options.parse("--url", "ftp://host"));
        assertThrows(Options.UsageException.class, () -> Options.parse("--url", "http://host/?q=1"));
    }

    private static void assertUsage(String message, String... args) {
        Options.UsageException e = assertThrows(Options.UsageException.class, () -> Options.parse(args));
        assertEquals(message, e.getMessage());
    }
}
