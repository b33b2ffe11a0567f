package app.switchboard.fynn;

/** The parent of a customer in a customer hierarchy. */
public record ParentCustomer(String id, String name) {
}
