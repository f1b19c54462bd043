package io.chatnation.bench.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaults_run_both_scenarios_closed_loop_on_embedded_postgresql() throws Exception {
        BenchOptions o = BenchOptions.parse();
        assertTrue(o.embedded());
        assertEquals(BenchOptions.Scenarios.BOTH, o.scenarios());
        assertEquals(0, o.rate());
        assertEquals(2, o.scenarios().list(o.wallets()).size());
        assertEquals(100, o.scenarios().list(o.wallets()).get(1).wallets());
        assertEquals("bench/wallet/run.sh --scenario both --wallets 100 --threads 16 --rate 0 --duration 30 --warmup 5", o.command());
    }

    @Test
    void options_take_a_value_after_a_space_or_an_equals_sign() throws Exception {
        BenchOptions o = BenchOptions.parse("--scenario", "hot", "--threads=4", "--rate", "800",
                "--db", "jdbc:postgresql://localhost:5432/postgres");
        assertEquals(BenchOptions.Scenarios.HOT, o.scenarios());
        assertEquals(4, o.threads());
        assertEquals(800, o.rate());
        assertEquals("bench/wallet/run.sh --db jdbc:postgresql://localhost:5432/postgres --user postgres --scenario hot --threads 4 "
                + "--rate 800 --duration 30 --warmup 5", o.command());
    }

    @Test
    void bad_command_lines_are_refused_with_a_reason() {
        assertThrows(BenchOptions.UsageException.class, () -> BenchOptions.parse("--threads", "0"));
        assertThrows(BenchOptions.UsageException.class, () -> BenchOptions.parse("--rate", "fast"));
        assertThrows(BenchOptions.UsageException.class, () -> BenchOptions.parse("--scenario", "lukewarm"));
        assertThrows(BenchOptions.UsageException.class, () -> BenchOptions.parse("--db", "mysql://x"));
        assertThrows(BenchOptions.UsageException.class, () -> BenchOptions.parse("--duration"));
        assertThrows(BenchOptions.UsageException.class, () -> BenchOptions.parse("stray"));
    }

    @Test
    void the_benchmark_database_sits_on_the_given_server() {
        assertEquals("jdbc:postgresql://localhost:5432/chatnation_wallet_bench",
                BenchDatabase.withDatabase("jdbc:postgresql://localhost:5432/postgres", "chatnation_wallet_bench"));
        assertEquals("jdbc:postgresql://db:5432/chatnation_wallet_bench?sslmode=disable",
                BenchDatabase.withDatabase("jdbc:postgresql://db:5432/postgres?sslmode=disable", "chatnation_wallet_bench"));
        assertEquals("jdbc:postgresql://db/chatnation_wallet_bench",
                BenchDatabase.withDatabase("jdbc:postgresql://db", "chatnation_wallet_bench"));
    }
}
