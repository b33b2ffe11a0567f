package app.switchboard.fynn;

/** Filters for listing customers; null = no filter. */
public record CustomerQuery(String search, String customerNumber) {
    public static CustomerQuery all() {
        return new CustomerQuery(null, null);
    }

    public static CustomerQuery search(String text) {
        return new CustomerQuery(text, null);
    }
}
