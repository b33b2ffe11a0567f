package app.switchboard.client;

import java.util.Collection;
import java.util.List;

/** Supplies the value of {@code Authorization: Bearer ...} for one API. */
public interface BearerSource {

    /** The credential to send now, obtaining one first if needed. */
    String bearer();

    /**
     * The server answered 401 to a request that carried {@code rejected}. Returns whether one retry
     * with a fresh credential may help (a token can be renewed; a fixed API key cannot).
     */
    boolean renewAfterRejection(String rejected);

    /** Values to mask wherever server words or log lines might repeat them. */
    Collection<String> secretsToHide();

    /** For endpoints that take no Authorization header, such as the token endpoint itself. */
    BearerSource NONE = new BearerSource() {
        @Override
        public String bearer() {
            return null;
        }

        @Override
        public boolean renewAfterRejection(String rejected) {
            return false;
        }

        @Override
        public Collection<String> secretsToHide() {
            return List.of();
        }
    };
}
