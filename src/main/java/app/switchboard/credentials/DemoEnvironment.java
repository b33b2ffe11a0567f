package app.switchboard.credentials;

/**
 * The built-in Demo environment. Its URLs point at the embedded sandbox, whose port is only known
 * once it runs: the store starts with {@link #placeholder()} and the composition root swaps in
 * {@link #at(String, String)} when the sandbox is up.
 */
public final class DemoEnvironment {
    public static final String COLOUR = "#6a1b9a";
    public static final String TOKEN_PATH = "/am/oauth2/realms/root/realms/difesp/access_token";
    public static final String SCOPE = "esp";

    private DemoEnvironment() {
    }

    /** Demo before the sandbox runs: no URLs yet. */
    public static Environment placeholder() {
        return new Environment(Environment.DEMO_NAME, COLOUR, RiskLevel.DEMO, null, null, null, SCOPE, null, false);
    }

    /**
     * Demo pointing at a running sandbox.
     *
     * @param sandboxBaseUrl e.g. {@code http://127.0.0.1:41234} (no trailing slash needed)
     * @param clientId       the client id the sandbox generated
     */
    public static Environment at(String sandboxBaseUrl, String clientId) {
        String base = sandboxBaseUrl.endsWith("/") ? sandboxBaseUrl.substring(0, sandboxBaseUrl.length() - 1)
                : sandboxBaseUrl;
        return new Environment(Environment.DEMO_NAME, COLOUR, RiskLevel.DEMO, base + "/der", base + TOKEN_PATH,
                clientId, SCOPE, base + "/fynn", false);
    }

    /** Whether the Demo's URLs are known yet. */
    public static boolean isReady(Environment demo) {
        return demo.derApiUrl() != null && demo.fynnUrl() != null;
    }
}
