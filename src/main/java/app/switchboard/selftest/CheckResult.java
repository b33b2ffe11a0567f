package app.switchboard.selftest;

/** One check of the self-test: its name, whether it passed, and what it saw or why it failed. */
public record CheckResult(String name, boolean passed, String detail) {
    public static CheckResult ok(String name, String detail) {
        return new CheckResult(name, true, detail);
    }

    public static CheckResult failed(String name, String detail) {
        return new CheckResult(name, false, detail);
    }

    /** e.g. {@code ok      activity log: ...} or {@code FAILED  secret store: ...}. */
    public String line() {
        return (passed ? "ok      " : "FAILED  ") + name + ": " + detail;
    }
}
