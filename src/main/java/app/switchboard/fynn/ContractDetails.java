package app.switchboard.fynn;

import java.time.OffsetDateTime;

/** Contract start and end of a subscription; end null means open-ended. */
public record ContractDetails(OffsetDateTime contractStart, OffsetDateTime contractEnd) {
}
