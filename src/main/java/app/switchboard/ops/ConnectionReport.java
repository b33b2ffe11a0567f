package app.switchboard.ops;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of testing one environment's connections, one line per step, ready to bind to a list. */
public record ConnectionReport(String environment, List<ConnectionCheck> checks) {
    public ConnectionReport {
        checks = List.copyOf(checks);
    }

    public boolean allOk() {
        return checks.stream().allMatch(ConnectionCheck::ok);
    }

    /** All lines, for a CLI or a copy-to-clipboard button. */
    public String summary() {
        return environment + "\n" + checks.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
    }
}
