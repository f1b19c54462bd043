package io.chatnation.ports.billing.usecase;

import io.chatnation.ports.shared.in.RecordAuditEntry;
import java.util.ArrayList;
import java.util.List;

final class RecordingAudit implements RecordAuditEntry {

    final List<Command> entries = new ArrayList<>();

    @Override
    public void record(Command command) {
        entries.add(command);
    }

    List<String> actions() {
        return entries.stream().map(Command::action).toList();
    }

    Command last(String action) {
        return entries.stream().filter(e -> e.action().equals(action)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + action + " in " + actions()));
    }
}
