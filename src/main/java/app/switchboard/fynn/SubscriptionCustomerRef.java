package app.switchboard.fynn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The customer as a subscription carries it: embedded with names, or only as an id or IRI
 * ({@code "/customers/{id}"}), in which case the names are null and the caller fetches the
 * customer with {@link FynnApi#customer(String)}.
 */
public record SubscriptionCustomerRef(String id, String customerNumber, String companyName, String firstName,
                                      String lastName) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public SubscriptionCustomerRef(@JsonProperty("id") String id,
                                   @JsonProperty("customerNumber") String customerNumber,
                                   @JsonProperty("companyName") String companyName,
                                   @JsonProperty("firstName") String firstName,
                                   @JsonProperty("lastName") String lastName) {
        this.id = id;
        this.customerNumber = customerNumber;
        this.companyName = companyName;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SubscriptionCustomerRef ofIdOrIri(String idOrIri) {
        String id = idOrIri == null ? null : idOrIri.substring(idOrIri.lastIndexOf('/') + 1);
        return new SubscriptionCustomerRef(id, null, null, null, null);
    }

    /** Whether only the id came along, so names must be fetched separately. */
    public boolean isIdOnly() {
        return customerNumber == null && companyName == null && firstName == null && lastName == null;
    }

    /** Company name, else first and last name, plus the customer number in brackets. */
    public String displayName() {
        return CustomerNames.displayName(companyName, firstName, lastName, customerNumber, id);
    }
}
