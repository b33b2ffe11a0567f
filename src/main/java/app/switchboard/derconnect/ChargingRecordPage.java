package app.switchboard.derconnect;

import java.util.List;

/** One page of charging records. */
public record ChargingRecordPage(List<ChargingRecord> data, PageLinks links, PageMeta meta) {
    public ChargingRecordPage {
        data = data == null ? List.of() : data;
    }

    public String nextToken() {
        return meta == null ? null : meta.continuationToken();
    }
}
