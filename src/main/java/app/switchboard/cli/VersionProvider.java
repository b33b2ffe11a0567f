package app.switchboard.cli;

import app.switchboard.about.VersionInfo;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Switchboard " + VersionInfo.version(), "Java " + System.getProperty("java.version")};
    }
}
