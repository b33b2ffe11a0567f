package app.switchboard.cli;

import app.switchboard.approvals.RequestException;
import app.switchboard.client.ApiException;
import app.switchboard.credentials.SecretStoreException;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.team.TeamException;

/** The exit codes every command keeps to, so that scripts can tell what went wrong. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int REFUSED = 3;
    public static final int AUTHENTICATION = 4;
    /** The server answered a change with another state than asked for, or with none: never a success. */
    public static final int NOT_APPLIED = 5;
    /** A listing ended before the server said it was complete (a repeated page, the page cap): what came is printed. */
    public static final int INCOMPLETE = 6;

    /** The list printed under every command's usage help. */
    static final String[] USAGE_LIST = {
        "0:done",
        "1:failed (network, server error, timeout, a change not confirmed on a terminal)",
        "2:usage (bad arguments, unknown environment, a change without the confirmation flags it needs)",
        "3:refused by the server (it answered no: 400, 403, 404, 422)",
        "4:authentication (credentials rejected or missing, secret file locked)",
        "5:not applied (the server answered a change with another state than asked for, or with none)",
        "6:incomplete listing (the server repeated pages or never ended them; what came is printed)",
    };

    private ExitCodes() {
    }

    public static int of(Throwable failure) {
        if (failure instanceof ApiException api) {
            return switch (api.kind()) {
                case UNAUTHORISED -> AUTHENTICATION;
                case FORBIDDEN, NOT_FOUND, INVALID -> REFUSED;
                default -> FAILURE;
            };
        }
        if (failure instanceof SecretStoreException secret) {
            return secret.reason() == SecretStoreException.Reason.LOCKED
                    || secret.reason() == SecretStoreException.Reason.WRONG_PASSPHRASE ? AUTHENTICATION : FAILURE;
        }
        if (failure instanceof UsageException) {
            return USAGE;
        }
        if (failure instanceof RequestException request) {
            return switch (request.kind()) {
                case REFUSED -> REFUSED;
                case NOT_FOUND -> USAGE;
                case UNAVAILABLE -> FAILURE;
            };
        }
        if (failure instanceof TeamException team) {
            return switch (team.kind()) {
                case WRONG_PASSWORD -> AUTHENTICATION;
                case SETTINGS, NOT_ENCRYPTED -> USAGE;
                default -> FAILURE;
            };
        }
        return FAILURE;
    }

    /** A change that ended without going through; {@code stoppedCode} says why the CLI stopped one. */
    public static int of(ChangeOutcome outcome, int stoppedCode) {
        return switch (outcome.kind()) {
            case SUCCEEDED -> OK;
            case REFUSED -> REFUSED;
            case FAILED -> outcome.httpStatus() != null && outcome.httpStatus() == 401 ? AUTHENTICATION : FAILURE;
            case CANCELLED -> stoppedCode;
            case STALE -> FAILURE;
            case NOT_APPLIED -> NOT_APPLIED;
        };
    }

    /** The most telling code of several: authentication, then refusals, then failures. */
    public static int worst(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int code) {
        return switch (code) {
            case OK -> 0;
            case INCOMPLETE -> 1;
            case REFUSED -> 1;
            case NOT_APPLIED -> 2;
            case FAILURE -> 3;
            case USAGE -> 4;
            default -> 5;
        };
    }
}
