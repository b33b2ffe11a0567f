package app.switchboard.credentials;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import app.switchboard.client.LoopbackHosts;
import app.switchboard.text.Words;

/** What is wrong with an environment's settings, in words for the Settings form; empty when it can be saved. */
public final class EnvironmentCheck {
    private EnvironmentCheck() {
    }

    public static List<Words> problems(Environment environment) {
        List<Words> problems = new ArrayList<>();
        if (environment.isDemo()) {
            return problems;
        }
        name(problems, environment.name());
        url(problems, Words.of("credentials.field.derApiUrl"), environment.derApiUrl());
        url(problems, Words.of("credentials.field.derTokenUrl"), environment.derTokenUrl());
        if (environment.fynnUrl() != null && environment.fynnUrl().contains("{")) {
            // the tenant form copied from the docs as it stands
            problems.add(Words.of("credentials.problem.fynnTenant"));
        } else {
            url(problems, Words.of("credentials.field.fynnUrl"), environment.fynnUrl());
        }
        if (environment.derClientId() == null || environment.derClientId().isBlank()) {
            problems.add(Words.of("credentials.problem.clientIdMissing"));
        }
        if (environment.colour() == null || !environment.colour().matches("#[0-9a-fA-F]{6}")) {
            problems.add(Words.of("credentials.problem.colour"));
        }
        return problems;
    }

    /**
     * The name is printed on terminals, in prompts that ask to type it and in file names of exports:
     * an escape sequence could rewrite a confirmation, a bidi override make "Prod" read as another name.
     */
    private static void name(List<Words> problems, String name) {
        if (name.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT)) {
            problems.add(Words.of("credentials.problem.nameControl"));
        }
    }

    private static void url(List<Words> problems, Words what, String value) {
        if (value == null || value.isBlank()) {
            problems.add(Words.of("credentials.problem.missing", what));
            return;
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                problems.add(Words.of("credentials.problem.notHttps", what));
            } else if (uri.getRawUserInfo() != null) {
                // a password in a URL would live in environments.json, on screen and in every log line naming the URL
                problems.add(Words.of("credentials.problem.userInfo", what));
            } else if (!LoopbackHosts.mayCarryCredentials(value)) {
                problems.add(Words.of(scheme.equals("http") ? "credentials.problem.unencrypted"
                        : "credentials.problem.invalid", what));
            }
        } catch (URISyntaxException e) {
            problems.add(Words.of("credentials.problem.invalid", what));
        }
    }

    /**
     * Only the problems of the URLs that are given: how they are written and whether they would
     * send credentials in clear text. For the command line, which may add an environment in steps.
     */
    public static List<Words> urlProblems(Environment environment) {
        List<Words> problems = new ArrayList<>();
        if (environment.isDemo()) {
            return problems;
        }
        name(problems, environment.name());
        given(problems, Words.of("credentials.field.derApiUrl"), environment.derApiUrl());
        given(problems, Words.of("credentials.field.derTokenUrl"), environment.derTokenUrl());
        given(problems, Words.of("credentials.field.fynnUrl"), environment.fynnUrl());
        return problems;
    }

    private static void given(List<Words> problems, Words what, String value) {
        if (value != null && !value.isBlank()) {
            url(problems, what, value);
        }
    }
}
