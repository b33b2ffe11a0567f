package app.switchboard.about;

/** Version text from the jar manifest; "development" when run from classes. */
public final class VersionInfo {
    private VersionInfo() {
    }

    public static String version() {
        String v = VersionInfo.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
