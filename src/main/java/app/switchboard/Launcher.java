package app.switchboard;

import app.switchboard.cli.SwitchboardCommand;
import app.switchboard.network.SystemProxies;
import app.switchboard.ui.SwitchboardApp;

/**
 * Entry point. Does not extend {@link javafx.application.Application} so that JavaFX starts from a plain class path.
 * No arguments: the GUI; any argument, or {@code -Dswitchboard.mode=cli} (the console launcher of
 * the installers), runs the command line instead.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // before anything asks the JDK for its default ProxySelector, which reads the property once
        SystemProxies.honour();
        if (args.length == 0 && !"cli".equals(System.getProperty("switchboard.mode"))) {
            SwitchboardApp.launchConsole(args);
            // the window is closed and stop() has released what it knew of; a connection still being
            // opened at that moment (the Demo sandbox's server threads) must not keep the process alive
            System.exit(0);
        }
        System.exit(SwitchboardCommand.commandLine().execute(args));
    }
}
