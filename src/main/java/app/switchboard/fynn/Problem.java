package app.switchboard.fynn;

import java.util.List;

/** Fynn's error body (problem JSON); a 422 adds {@code violations}. */
public record Problem(String type, String title, String detail, Integer status, List<ConstraintViolation> violations) {
}
