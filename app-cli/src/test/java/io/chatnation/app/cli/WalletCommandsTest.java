package io.chatnation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.billing.WalletName;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.DebitTokens;
import io.chatnation.ports.billing.in.OpenSubWallet;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void adjust_adds_and_removes_tokens_as_the_platform_and_show_reports_every_wallet() {
        String org = TestCli.newOrganisation("Wallet Adjust Org");

        TestCli.Run added = TestCli.run("wallet", "adjust", "--org", org, "--amount", "50", "--reason", "Goodwill for the outage");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added 50 tokens to the main wallet").contains("balance now 50, available 50");
        TestCli.Run removed = TestCli.run("wallet", "adjust", "--org", org, "--amount", "-20", "--reason", "Chargeback");
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("Removed 20 tokens from the main wallet").contains("balance now 30");

        List<Map<String, Object>> audit = TestCli.rows("select actor_type, metadata->>'reason' as reason, metadata->>'tokens' as tokens "
                + "from audit_logs where org_id = ?::uuid and action = 'wallet.adjusted' order by occurred_at", org);
        assertThat(audit).extracting(r -> r.get("actor_type") + " " + r.get("tokens") + " " + r.get("reason"))
                .containsExactly("system 50 Goodwill for the outage", "system -20 Chargeback");

        TestCli.context().getBean(OpenSubWallet.class).open(new OpenSubWallet.Command(system(org), new WalletName("Expo 2026"),
                TokenAmount.ofTokens(5)));
        TestCli.Run shown = TestCli.run("wallet", "show", "--org", org);
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        String[] lines = shown.out().strip().split("\\R");
        assertThat(lines[0]).isEqualTo("Wallets of organisation " + org + " (in tokens):");
        assertThat(lines[1]).contains("BALANCE", "RESERVED", "AVAILABLE", "THRESHOLD");
        assertThat(lines[2].split("\\s+")).startsWith("main", "Main", "30", "0", "30", "0");
        assertThat(lines[3]).startsWith("sub").contains("Expo 2026").contains("(below threshold)");
    }

    @Test
    void adjust_refuses_zero_malformed_amounts_a_missing_reason_and_overdrafts_and_writes_nothing() {
        String org = TestCli.newOrganisation("Wallet Refusals Org");
        TestCli.run("wallet", "adjust", "--org", org, "--amount", "10", "--reason", "Start");

        TestCli.Run zero = TestCli.run("wallet", "adjust", "--org", org, "--amount", "0", "--reason", "Nothing");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).isEqualTo("error: --amount: must not be zero" + System.lineSeparator());
        TestCli.Run malformed = TestCli.run("wallet", "adjust", "--org", org, "--amount", "ten", "--reason", "Typo");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("--amount: must be a number of tokens");
        TestCli.Run tooPrecise = TestCli.run("wallet", "adjust", "--org", org, "--amount", "1.0005", "--reason", "Precise");
        assertThat(tooPrecise.exitCode()).isEqualTo(2);
        assertThat(tooPrecise.err()).contains("--amount: has more than three decimals");
        TestCli.Run noReason = TestCli.run("wallet", "adjust", "--org", org, "--amount", "5", "--reason", "  ");
        assertThat(noReason.exitCode()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason");
        TestCli.Run overdraft = TestCli.run("wallet", "adjust", "--org", org, "--amount", "-25", "--reason", "Too much");
        assertThat(overdraft.exitCode()).isEqualTo(1);
        assertThat(overdraft.err()).isEqualTo("error: cannot remove 25 tokens: only 10 are available in the main wallet "
                + "(reserved tokens cannot be removed)" + System.lineSeparator());
        TestCli.Run unknownOrg = TestCli.run("wallet", "adjust", "--org", UUID.randomUUID().toString(), "--amount", "5",
                "--reason", "Who");
        assertThat(unknownOrg.exitCode()).isEqualTo(1);
        assertThat(unknownOrg.err()).contains("not found");

        assertThat(TestCli.count("select count(*) from token_transactions where org_id = ?::uuid", org)).isEqualTo(1);
        assertThat(TestCli.count("select count(*) from audit_logs where org_id = ?::uuid and action = 'wallet.adjusted'", org))
                .isEqualTo(1);
    }

    @Test
    void transactions_export_as_csv_to_a_file_with_filters(@TempDir Path dir) throws Exception {
        String org = TestCli.newOrganisation("Wallet Export Org");
        TestCli.run("wallet", "adjust", "--org", org, "--amount", "100", "--reason", "Opening balance");
        debit(org, "2.5");
        debit(org, "7");
        Path file = dir.resolve("ledger.csv");

        TestCli.Run all = TestCli.run("wallet", "transactions", "--org", org, "--export", "csv", "--output", file.toString());
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).contains("Exported 3 transactions of organisation " + org + " as csv to " + file.toAbsolutePath());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).extracting(r -> r.get("type") + " " + r.get("balanceChange") + " " + r.get("balanceAfter"))
                .containsExactly("debit -7 90.5", "debit -2.5 97.5", "adjustment 100 100");
        assertThat(rows.get(2).get("memo")).isEqualTo("Opening balance");
        assertThat(rows.get(0).get("module")).isEqualTo("campaigns");

        TestCli.Run debits = TestCli.run("wallet", "transactions", "--org", org, "--export", "jsonl", "--type", "debit");
        assertThat(debits.exitCode()).as(debits.err()).isZero();
        assertThat(debits.err()).contains("Exported 2 transactions");
        List<JsonNode> lines = debits.out().lines().map(WalletCommandsTest::json).toList();
        assertThat(lines).extracting(l -> l.get("amount").decimalValue().toPlainString()).containsExactly("7", "2.5");
        assertThat(lines.get(0).get("action").asText()).isEqualTo("campaign_send");

        TestCli.Run future = TestCli.run("wallet", "transactions", "--org", org, "--export", "jsonl", "--from", "2999-01-01T00:00:00Z");
        assertThat(future.exitCode()).isZero();
        assertThat(future.out()).isEmpty();
    }

    @Test
    void transactions_refuse_bad_filters_and_leave_no_file_behind(@TempDir Path dir) {
        String org = TestCli.newOrganisation("Wallet Export Refusals Org");
        Path file = dir.resolve("ledger.jsonl");

        TestCli.Run badType = TestCli.run("wallet", "transactions", "--org", org, "--export", "jsonl", "--type", "gift",
                "--output", file.toString());
        assertThat(badType.exitCode()).isEqualTo(2);
        assertThat(badType.err()).startsWith("error: --type:");
        TestCli.Run badInstant = TestCli.run("wallet", "transactions", "--org", org, "--export", "csv", "--from", "yesterday");
        assertThat(badInstant.exitCode()).isEqualTo(2);
        assertThat(badInstant.err()).contains("--from: must be an ISO-8601 instant");
        TestCli.Run backwards = TestCli.run("wallet", "transactions", "--org", org, "--export", "csv",
                "--from", "2026-02-01T00:00:00Z", "--to", "2026-01-01T00:00:00Z");
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("--from: must not be after");
        TestCli.Run badFormat = TestCli.run("wallet", "transactions", "--org", org, "--export", "xml");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--export");
        assertThat(file).doesNotExist();
    }

    private static Caller system(String org) {
        return Caller.system(OrgId.of(org), UUID.randomUUID());
    }

    private static void debit(String org, String tokens) {
        TestCli.context().getBean(DebitTokens.class).debit(new DebitTokens.Command(system(org), Optional.empty(),
                TokenAmount.parse("tokens", tokens), new ModuleName("campaigns"), BillableAction.CAMPAIGN_SEND, Optional.empty(),
                IdempotencyKey.in("test", UUID.randomUUID()), null));
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
