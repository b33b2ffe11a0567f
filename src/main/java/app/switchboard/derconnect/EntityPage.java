package app.switchboard.derconnect;

import java.util.List;

/** One page of entities. */
public record EntityPage(List<Entity> data, PageLinks links, PageMeta meta) {
    public EntityPage {
        data = data == null ? List.of() : data;
    }

    /** The token for the next page, or null on the last page. */
    public String nextToken() {
        return meta == null ? null : meta.continuationToken();
    }
}
