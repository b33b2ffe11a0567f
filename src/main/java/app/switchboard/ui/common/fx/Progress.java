package app.switchboard.ui.common.fx;

/** Handed to {@link BackgroundWork}: report how far along the work is, and ask whether to stop. */
public interface Progress {
    /** @param done units finished; @param total all units, or a negative number when unknown */
    void update(long done, long total, String message);

    boolean isCancelled();
}
