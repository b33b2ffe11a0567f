package app.switchboard.fynn;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A customer's postal address. {@code isDefault} is the API's {@code default} ("true"/"false"). */
public record CustomerAddress(String id, String vatId, String type,
                              @JsonProperty("default") String isDefault, String status, String city, String zip,
                              String street, String houseNumber, String countryCode, String companyName,
                              String salutation, String addition, String costCentre, String firstName,
                              String lastName) {
}
