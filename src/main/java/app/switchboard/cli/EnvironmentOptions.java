package app.switchboard.cli;

import app.switchboard.credentials.ApprovalRule;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentCheck;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.text.Words;
import java.util.List;
import picocli.CommandLine.Option;

/** The settings of an environment, for {@code env add} (all of them) and {@code env edit} (those given). */
final class EnvironmentOptions {
    @Option(names = "--risk", paramLabel = "RISK", description = "production, staging or test (production always confirms).")
    RiskLevel risk;

    @Option(names = "--colour", paramLabel = "CSS_COLOUR", description = "Colour of the environment band, e.g. #c62828.")
    String colour;

    @Option(names = "--der-api-url", paramLabel = "URL", description = "DER Connect API base URL (paths /v1/... follow).")
    String derApiUrl;

    @Option(names = "--der-token-url", paramLabel = "URL", description = "DER Connect OAuth token URL.")
    String derTokenUrl;

    @Option(names = "--der-client-id", paramLabel = "ID", description = "DER Connect OAuth client id (not a secret).")
    String derClientId;

    @Option(names = "--der-scope", paramLabel = "SCOPE", description = "DER Connect OAuth scope (default for new environments: esp).")
    String derScope;

    @Option(names = "--fynn-url", paramLabel = "URL", description = "Fynn API base URL.")
    String fynnUrl;

    @Option(names = "--require-reason", arity = "0..1", paramLabel = "true|false",
            description = "Whether every change here must carry a reason.")
    Boolean requireReason;

    @Option(names = "--approval", paramLabel = "NONE|EVERY_CHANGE|SWITCHING_OFF",
            description = "Whether changes here need a second person's approval (needs the team database).")
    ApprovalRule approval;

    /** A new environment from the options; unset ones get the usual defaults. */
    Environment create(String name) {
        if (risk == null) {
            throw new UsageException("A new environment needs --risk production, staging or test.");
        }
        return changed(new Environment(name, defaultColour(risk), risk, null, null, null, "esp", null, false));
    }

    /**
     * The environment with the given options changed and the rest kept. Refused, before anything
     * is stored, when a URL is unreadable or would send credentials over plain http to another computer.
     */
    Environment applyTo(Environment e) {
        Environment changed = changed(e);
        List<Words> problems = EnvironmentCheck.urlProblems(changed);
        if (!problems.isEmpty()) {
            throw new UsageException("Not saved: " + String.join(" ", problems.stream().map(Words::english).toList()));
        }
        return changed;
    }

    /** The options laid over {@code e}, unchecked: a new environment is checked whole by {@code EnvironmentAdder}. */
    private Environment changed(Environment e) {
        return new Environment(e.id(), e.name(), pick(colour, risk != null && colour == null && risk != e.risk()
                ? defaultColour(risk) : e.colour()), risk == null ? e.risk() : risk, pick(derApiUrl, e.derApiUrl()),
                pick(derTokenUrl, e.derTokenUrl()), pick(derClientId, e.derClientId()), pick(derScope, e.derScope()),
                pick(fynnUrl, e.fynnUrl()), requireReason == null ? e.requireReason() : requireReason,
                approval == null ? e.approval() : approval);
    }

    private static String pick(String given, String kept) {
        return given == null ? kept : given.strip();
    }

    static String defaultColour(RiskLevel risk) {
        return switch (risk) {
            case PRODUCTION -> "#c62828";
            case STAGING -> "#ef6c00";
            case TEST -> "#2e7d32";
            case DEMO -> app.switchboard.credentials.DemoEnvironment.COLOUR;
        };
    }
}
