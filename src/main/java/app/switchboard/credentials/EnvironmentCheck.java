package app.switchboard.credentials;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What is wrong with an environment's settings, in words for the Settings form; empty when it can be saved. */
public final class EnvironmentCheck {
    private EnvironmentCheck() {
    }

    public static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        if (environment.isDemo()) {
            return problems;
        }
        url(problems, "DER Connect API URL", environment.derApiUrl());
        url(problems, "DER Connect token URL", environment.derTokenUrl());
        url(problems, "Fynn URL", environment.fynnUrl());
        if (environment.derClientId() == null || environment.derClientId().isBlank()) {
            problems.add("DER Connect client id is missing");
        }
        if (environment.colour() == null || !environment.colour().matches("#[0-9a-fA-F]{6}")) {
            problems.add("Colour must look like #c62828");
        }
        return problems;
    }

    private static void url(List<String> problems, String what, String value) {
        if (value == null || value.isBlank()) {
            problems.add(what + " is missing");
            return;
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                problems.add(what + " must be an https:// address");
            } else if (scheme.equals("http") && !isLoopback(uri.getHost())) {
                problems.add(what + " must use https: credentials are never sent unencrypted to another machine");
            }
        } catch (URISyntaxException e) {
            problems.add(what + " is not a valid address");
        }
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }
}
