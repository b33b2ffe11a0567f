package app.switchboard.cli;

import picocli.CommandLine.IVersionProvider;

/** Version text from the jar manifest; "development" when run from classes. */
public final class VersionInfo implements IVersionProvider {
    public static String version() {
        String v = VersionInfo.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Switchboard " + version(), "Java " + System.getProperty("java.version")};
    }
}
