package app.switchboard.credentials;

import java.time.Instant;

/**
 * An environment definition as the team database holds it: never a secret, only what
 * {@link Environment} holds (URLs, colour, risk, reason and approval policy).
 *
 * @param definition  the environment as published; its id is the key in the team database
 * @param revision    counted up by the database at every publish and unpublish
 * @param publishedBy the database login that last changed it
 * @param publishedAt when it was last changed
 * @param removed     whether the admin removed it from the team
 */
public record PublishedEnvironment(Environment definition, long revision, String publishedBy, Instant publishedAt,
                                   boolean removed) {
    public String id() {
        return definition.id();
    }
}
