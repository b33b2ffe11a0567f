package app.switchboard.derconnect;

import java.util.List;

/** DER Connect's error envelope: {@code {"errors":[{code, description, message}]}}. */
public record ConnectApiErrorResult(List<ConnectApiError> errors) {
}
