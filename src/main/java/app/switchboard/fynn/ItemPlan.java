package app.switchboard.fynn;

/** The plan a subscription item belongs to. */
public record ItemPlan(String id, String code, String name, String status) {
}
