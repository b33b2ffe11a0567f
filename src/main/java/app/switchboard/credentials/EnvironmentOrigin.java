package app.switchboard.credentials;

import app.switchboard.text.Words;

/**
 * Where an environment's definition comes from: made on this computer, or published by the team's
 * admin to the team database (docs/TEAM.md, "Shared environments"). Secrets always stay local.
 *
 * @param kind        local, from the team as published, edited here, or removed from the team
 * @param revision    the team's revision this computer's copy was taken from (0 for local ones)
 * @param publishedBy who published that revision (the database login)
 * @param newer       the team's newer revision this computer has not taken (edited copies only), or null
 */
public record EnvironmentOrigin(Kind kind, long revision, String publishedBy, PublishedEnvironment newer) {
    public enum Kind {
        /** Made on this computer; the team does not know it. */
        LOCAL,
        /** The team's definition as published, with this computer's own secrets. */
        TEAM,
        /** Taken from the team, then changed on this computer: a team change never overwrites it. */
        EDITED_HERE,
        /** The admin removed it from the team; this computer keeps its copy and secrets until removed here. */
        REMOVED_FROM_TEAM
    }

    public static final EnvironmentOrigin LOCAL = new EnvironmentOrigin(Kind.LOCAL, 0, null, null);

    public boolean fromTeam() {
        return kind != Kind.LOCAL;
    }

    /** Whether the team has published a revision this computer's edited copy does not have. */
    public boolean teamHasNewer() {
        return newer != null;
    }

    /** The short tag beside the environment's name; empty for a local one. */
    public Words tag() {
        return switch (kind) {
            case LOCAL -> Words.verbatim("");
            case TEAM -> Words.of("credentials.origin.team");
            case EDITED_HERE -> teamHasNewer() ? Words.of("credentials.origin.editedNewer") : Words.of("credentials.origin.edited");
            case REMOVED_FROM_TEAM -> Words.of("credentials.origin.removed");
        };
    }

    /** The whole story in a sentence, for Settings and {@code env list}. */
    public Words sentence() {
        return switch (kind) {
            case LOCAL -> Words.of("credentials.origin.localSentence");
            case TEAM -> Words.of("credentials.origin.teamSentence", revision, String.valueOf(publishedBy));
            case EDITED_HERE -> teamHasNewer()
                    ? Words.of("credentials.origin.editedNewerSentence", revision, newer.revision(), newer.publishedBy())
                    : Words.of("credentials.origin.editedSentence", revision);
            case REMOVED_FROM_TEAM -> Words.of("credentials.origin.removedSentence",
                    newer == null ? "?" : String.valueOf(newer.publishedBy()));
        };
    }
}
