package app.switchboard.cli;

/**
 * The person at the keyboard, when there is one. Commands ask for confirmations and secrets
 * only through it, so that a script without a terminal is refused instead of left waiting.
 */
public interface Terminal {
    /** A terminal with nobody to ask: every question is refused. */
    Terminal NONE = new Terminal() {
        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public String readLine(String prompt) {
            return null;
        }

        @Override
        public char[] readSecret(String prompt) {
            return null;
        }
    };

    boolean interactive();

    /** Shows the prompt and reads one line; null at end of input or without a terminal. */
    String readLine(String prompt);

    /** Like {@link #readLine} without echoing what is typed. */
    char[] readSecret(String prompt);

    /** The terminal of this process, or {@link #NONE} when standard input or output is redirected. */
    static Terminal system() {
        java.io.Console console = System.console();
        if (console == null) {
            return NONE;
        }
        return new Terminal() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public String readLine(String prompt) {
                return console.readLine("%s", prompt);
            }

            @Override
            public char[] readSecret(String prompt) {
                return console.readPassword("%s", prompt);
            }
        };
    }
}
