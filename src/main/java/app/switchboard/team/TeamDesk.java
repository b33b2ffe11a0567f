package app.switchboard.team;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The desk name the team log shows: the one set in the team settings, else this computer's host name. */
final class TeamDesk {
    private TeamDesk() {
    }

    static String name(TeamSettings settings) {
        if (settings.desk() != null) {
            return settings.desk();
        }
        String fromEnvironment = System.getenv("COMPUTERNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown desk";
        }
    }
}
