package app.switchboard.ops.review;

import app.switchboard.fynn.CustomerNames;

/**
 * The customer of a reviewed subscription, as the console names it.
 *
 * @param id     Fynn's customer id (may be null when the subscription carries no customer)
 * @param name   company name, else first and last name; the id when Fynn gave no names
 * @param number the customer number, e.g. {@code CUS-000042}; may be null
 */
public record ReviewCustomer(String id, String name, String number) {

    /** "Acme GmbH (CUS-000042)", the way every view names a customer. */
    public String displayName() {
        return CustomerNames.displayName(name, null, null, number, id);
    }

    static ReviewCustomer of(String id, String companyName, String firstName, String lastName, String number) {
        return new ReviewCustomer(id, CustomerNames.displayName(companyName, firstName, lastName, null, id), number);
    }
}
