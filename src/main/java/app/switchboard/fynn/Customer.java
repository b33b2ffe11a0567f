package app.switchboard.fynn;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** A Fynn customer. */
public record Customer(@JsonProperty("id") String id,
                       @JsonProperty("customerNumber") String customerNumber,
                       @JsonProperty("firstName") String firstName,
                       @JsonProperty("lastName") String lastName,
                       @JsonProperty("companyName") String companyName,
                       @JsonProperty("businessCustomer") Boolean businessCustomer,
                       @JsonProperty("status") CustomerStatus status,
                       @JsonProperty("countryCode") String countryCode,
                       @JsonProperty("currencyCode") String currencyCode,
                       @JsonProperty("language") String language,
                       @JsonProperty("timeZone") String timeZone,
                       @JsonProperty("vatId") String vatId,
                       @JsonProperty("isVatIdValid") Boolean vatIdValid,
                       @JsonProperty("datevId") String datevId,
                       @JsonProperty("commercialRegisterName") String commercialRegisterName,
                       @JsonProperty("commercialRegisterNumber") String commercialRegisterNumber,
                       @JsonProperty("gender") String gender,
                       @JsonProperty("phone") String phone,
                       @JsonProperty("totalTurnOverRank") Integer totalTurnOverRank,
                       @JsonProperty("createdAt") OffsetDateTime createdAt,
                       @JsonProperty("customFields") JsonNode customFields,
                       @JsonProperty("defaultAddress") CustomerAddress defaultAddress,
                       @JsonProperty("defaultInvoiceAddress") CustomerAddress defaultInvoiceAddress,
                       @JsonProperty("defaultEmailAddress") CustomerEmailAddress defaultEmailAddress,
                       @JsonProperty("defaultInvoiceEmailAddress") CustomerEmailAddress defaultInvoiceEmailAddress,
                       @JsonProperty("isPartner") Boolean partner,
                       @JsonProperty("parentCustomer") ParentCustomer parentCustomer,
                       @JsonProperty("childrenCount") Integer childrenCount) {

    /** Company name, else first and last name, plus the customer number, e.g. "Acme Inc. (CUSTOMER-042)". */
    public String displayName() {
        return CustomerNames.displayName(companyName, firstName, lastName, customerNumber, id);
    }
}
