package app.switchboard.credentials;

import java.util.List;

/**
 * The team database's published environment definitions, as the environment store sees them
 * (implemented in {@code app.switchboard.team}). Blocking: call off the FX thread.
 */
public interface SharedEnvironments {
    /** Whether a team database is set up on this computer at all. */
    boolean inUse();

    /** Every definition the team database holds, removed ones included. */
    List<PublishedEnvironment> fetch() throws SharedEnvironmentsException;

    /**
     * Publishes the definition (never a secret) under its id. The second of two admins publishing
     * the same environment is told: the publish is based on {@code basedOn}, the revision the
     * admin's copy was taken from (0 for one the team does not have yet), and is refused with
     * {@link SharedEnvironmentsException.Kind#CONFLICT} when the team's revision has moved on.
     */
    PublishedEnvironment publish(Environment definition, long basedOn) throws SharedEnvironmentsException;

    /** Marks the environment removed from the team, on the same terms as {@link #publish}. */
    PublishedEnvironment unpublish(String id, long basedOn) throws SharedEnvironmentsException;

    /** No team database: nothing is shared, everything stays on this computer. */
    SharedEnvironments NONE = new SharedEnvironments() {
        @Override
        public boolean inUse() {
            return false;
        }

        @Override
        public List<PublishedEnvironment> fetch() throws SharedEnvironmentsException {
            throw SharedEnvironmentsException.notSetUp();
        }

        @Override
        public PublishedEnvironment publish(Environment definition, long basedOn) throws SharedEnvironmentsException {
            throw SharedEnvironmentsException.notSetUp();
        }

        @Override
        public PublishedEnvironment unpublish(String id, long basedOn) throws SharedEnvironmentsException {
            throw SharedEnvironmentsException.notSetUp();
        }
    };
}
