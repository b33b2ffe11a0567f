package app.switchboard.sandbox;

import app.switchboard.contract.ContractPaths;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which operations a contract marks as documented ({@code x-provenance: seen} or {@code seen-n8n}),
 * read from the contract the sandbox serves. The documented-only sandbox answers only these, so
 * the console can be tried against what the vendors actually promise.
 */
final class Provenance {
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*}");

    private final Set<String> documented;

    private Provenance(Set<String> documented) {
        this.documented = Set.copyOf(documented);
    }

    static Provenance of(String contract) {
        return new Provenance(ContractPaths.of(contract).operations().stream().filter(ContractPaths.Operation::documented)
                .map(op -> key(op.method(), op.template())).collect(Collectors.toSet()));
    }

    /** Whether the contract documents {@code method} on {@code template} (parameter names do not matter). */
    boolean documents(String method, String template) {
        return documented.contains(key(method, template));
    }

    private static String key(String method, String template) {
        return method.toUpperCase(Locale.ROOT) + " " + PARAMETER.matcher(template).replaceAll("{}");
    }
}
