package app.switchboard.credentials;

/** An environment of that name (ignoring case) exists already; nothing was added. */
public final class EnvironmentExistsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String name;

    public EnvironmentExistsException(String name) {
        super("An environment called " + name + " exists already");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
