package app.switchboard.credentials;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How an {@link Environment} is written as JSON outside {@code environments.json} (the team
 * database, {@code team-environments.json}): {@code isDemo()} is derived from the risk level and is
 * not written. Use as {@code mapper.addMixIn(Environment.class, EnvironmentJson.class)}.
 */
@JsonIgnoreProperties({"demo"})
public abstract class EnvironmentJson {
    private EnvironmentJson() {
    }
}
