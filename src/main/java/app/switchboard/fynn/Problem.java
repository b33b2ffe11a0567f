package app.switchboard.fynn;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Fynn's error body. Its format is not documented; an API Platform service answers problem JSON
 * ({@code title, detail}) or Hydra ({@code hydra:title, hydra:description}), and a 422 adds
 * {@code violations} in both.
 */
public record Problem(String type, String title, String detail, Integer status, List<ConstraintViolation> violations,
                      @JsonProperty("hydra:title") String hydraTitle,
                      @JsonProperty("hydra:description") String hydraDescription) {

    /** The most telling sentence: the detail (or Hydra's description), else the title. */
    String headline() {
        for (String text : new String[] {detail, hydraDescription, title, hydraTitle}) {
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }
}
