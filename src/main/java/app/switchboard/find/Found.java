package app.switchboard.find;

/**
 * A result: the item, the value it matched on (null when the server's own search found it by
 * something the item does not carry, such as a subscription's customer), and whether the server found it (it was not loaded
 * in the console) or the console's own loaded data did.
 */
public record Found(Findable item, Findable.Key matched, Source source, int rank) {
    public enum Source {
        LOADED, SERVER
    }

    public FindKind kind() {
        return item.kind();
    }

    public String id() {
        return item.id();
    }
}
