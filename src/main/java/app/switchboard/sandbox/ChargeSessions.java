package app.switchboard.sandbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Charging records of one entity, derived from the periods its capture was on. Like the real
 * platform they are computed once a day: a session shows up only after the day it ended.
 */
final class ChargeSessions {
    record Measurement(String unit, double value) {
    }

    record Total(double t1, double t2, double t3, double t4, double total, String unit) {
    }

    record Charge(Measurement averagePower, Total total) {
    }

    record Location(String address, double latitude, double longitude) {
    }

    record Session(Charge charge, Instant start, Instant end, Location location) {
    }

    record ChargingRecord(Session data, UUID entityId, UUID id, Instant created) {
    }

    private ChargeSessions() {
    }

    static List<ChargingRecord> between(DerEntity entity, ChargeCapture capture, Instant start, Instant end, Instant now) {
        Instant computedUntil = now.truncatedTo(ChronoUnit.DAYS);
        Instant until = end == null || end.isAfter(computedUntil) ? computedUntil : end;
        List<ChargingRecord> records = new ArrayList<>();
        for (ChargeCapture.Period period : capture.periods()) {
            Instant from = period.from().isAfter(start) ? period.from() : start;
            Instant to = period.until() == null || period.until().isAfter(until) ? until : period.until();
            for (Instant day = from.truncatedTo(ChronoUnit.DAYS); day.isBefore(to); day = day.plus(1, ChronoUnit.DAYS)) {
                sessionsOn(entity, day, records, from, to);
            }
        }
        return records;
    }

    private static void sessionsOn(DerEntity entity, Instant day, List<ChargingRecord> out, Instant from, Instant to) {
        SplittableRandom random = new SplittableRandom(entity.id().getLeastSignificantBits() ^ day.getEpochSecond());
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Instant sessionStart = day.plusSeconds(6 * 3600L * i + 3600L + random.nextInt(4 * 3600));
            Instant sessionEnd = sessionStart.plusSeconds(1800 + random.nextInt(5 * 3600));
            if (sessionStart.isBefore(from) || sessionEnd.isAfter(to)) {
                continue;
            }
            double power = Math.round((3.6 + random.nextDouble() * 7.4) * 10) / 10.0;
            double kwh = Math.round(power * (sessionEnd.getEpochSecond() - sessionStart.getEpochSecond()) / 360.0) / 10.0;
            double peak = Math.round(kwh * 0.6 * 10) / 10.0;
            Total total = new Total(peak, Math.round((kwh - peak) * 10) / 10.0, 0, 0, kwh, "kWh");
            Object site = entity.properties() == null ? null : entity.properties().get("site");
            Location location = new Location(site == null ? "Unknown location" : "Depot " + site,
                    50.5 + random.nextDouble(), 3.5 + random.nextDouble() * 2.5);
            Session session = new Session(new Charge(new Measurement("kW", power), total), sessionStart, sessionEnd, location);
            UUID id = SeedIds.uuid(random);
            out.add(new ChargingRecord(session, entity.id(), id, day.plus(1, ChronoUnit.DAYS).plusSeconds(3 * 3600)));
        }
    }
}
