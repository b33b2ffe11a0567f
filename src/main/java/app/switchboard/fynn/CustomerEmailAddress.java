package app.switchboard.fynn;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A customer's email address. */
public record CustomerEmailAddress(String id, String email, String receiverName, String type,
                                   @JsonProperty("default") String isDefault) {
}
