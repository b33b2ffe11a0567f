package app.switchboard.ui.entities;

import app.switchboard.derconnect.ChargeSession;
import app.switchboard.derconnect.ChargingRecord;
import app.switchboard.derconnect.LocationMatch;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * One charge session as the detail panel lists it.
 *
 * @param energyKwh energy charged, null when the server did not compute it
 * @param unit      the unit the server gave the energy in
 * @param location  the matched location's label, else the address, else null
 */
public record ChargeSessionRow(Instant start, Instant end, Double energyKwh, String unit, String location) {

    public static ChargeSessionRow of(ChargingRecord record) {
        ChargeSession s = record.data();
        if (s == null) {
            return new ChargeSessionRow(null, null, null, null, null);
        }
        Double energy = s.charge() == null || s.charge().total() == null ? null : s.charge().total().total();
        String unit = s.charge() == null || s.charge().total() == null ? null : s.charge().total().unit();
        return new ChargeSessionRow(instant(s.start()), instant(s.end()), energy, unit, location(s));
    }

    private static String location(ChargeSession s) {
        if (s.locationMatches() != null) {
            String best = s.locationMatches().stream().filter(m -> m.location() != null && m.location().label() != null)
                    .max(Comparator.comparing(LocationMatch::accuracy, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .map(m -> m.location().label()).orElse(null);
            if (best != null) {
                return best;
            }
        }
        return s.location() == null ? null : Objects.toString(s.location().address(), null);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
