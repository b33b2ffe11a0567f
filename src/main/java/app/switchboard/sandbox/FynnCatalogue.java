package app.switchboard.sandbox;

import app.switchboard.sandbox.FynnModel.ConfigOption;
import app.switchboard.sandbox.FynnModel.Feature;
import app.switchboard.sandbox.FynnModel.Levels;
import app.switchboard.sandbox.FynnModel.RangeConfig;
import app.switchboard.sandbox.FynnModel.SwitchConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The feature catalogue the seed uses: every feature type with its config and unit, and one draft
 * and one archived feature so those statuses show up too.
 */
final class FynnCatalogue {
    private FynnCatalogue() {
    }

    static List<Feature> features() {
        List<Feature> features = new ArrayList<>();
        features.add(toggle("white-labeling", "White labeling", "Show the customer's brand instead of ours.", "active"));
        features.add(toggle("sso-login", "Single sign-on", "Log in through the customer's identity provider.", "active"));
        features.add(toggle("api-access", "API access", "Use the public REST API.", "active"));
        features.add(toggle("priority-support", "Priority support", "Tickets are answered within four hours.", "active"));
        features.add(toggle("custom-domain", "Custom domain", "Serve the portal under the customer's domain.", "active"));
        features.add(toggle("audit-log", "Audit log", "Keep a record of every change for a year.", "active"));
        features.add(toggle("smart-charging", "Smart charging", "Shift charging to cheap hours.", "active"));
        features.add(toggle("two-factor-enforcement", "Enforced two-factor login", null, "draft"));
        features.add(toggle("legacy-dashboard", "Legacy dashboard", "The dashboard before the 2024 redesign.", "archived"));
        features.add(new Feature("support-level", "Support level", "How quickly and by whom tickets are handled.", "active",
                "custom", options("basic", "Basic", "standard", "Standard", "premium", "Premium (24/7)"), null));
        features.add(new Feature("data-retention", "Data retention", "How long measurements are kept.", "active",
                "custom", options("30d", "30 days", "90d", "90 days", "365d", "One year", "forever", "Forever"), null));
        features.add(new Feature("report-frequency", "Report frequency", "How often usage reports are e-mailed.", "active",
                "custom", options("daily", "Daily", "weekly", "Weekly", "monthly", "Monthly"), null));
        features.add(new Feature("hosting-region", "Hosting region", "Where the customer's data lives.", "active",
                "custom", options("eu-west", "EU West (Brussels)", "eu-central", "EU Central (Frankfurt)"), null));
        features.add(quantity("number-of-users", "Number of users", "users", "5", "10", "25", "50", "unlimited"));
        features.add(quantity("number-of-sites", "Number of sites", "sites", 1, 3, 10, "unlimited"));
        features.add(quantity("charge-points", "Managed charge points", "charge points", "2", "10", "50", "200", "unlimited"));
        features.add(quantity("fleet-vehicles", "Fleet vehicles", "vehicles", "5", "20", "100", "unlimited"));
        features.add(quantity("storage", "Storage", "GB", "10", "100", "1000"));
        features.add(range("energy-volume", "Energy volume", "kWh per month", 0, 100000));
        features.add(range("export-rows", "Export size", "rows", "1", null));
        features.add(range("discount", "Volume discount", "%", "0", "30"));
        features.add(range("api-calls", "API calls", "requests per day", "100", "1000000"));
        features.add(range("flex-seats", "Flexible seats", "seats", "1", "500"));
        return features;
    }

    /** Switches carry the documented optional object, except the draft and archived ones, which carry none. */
    private static Feature toggle(String id, String name, String description, String status) {
        return new Feature(id, name, description, status, "switch",
                "active".equals(status) ? new SwitchConfig(id) : null, null);
    }

    /** Levels whose values are strings or integers, both as the documented schema allows. */
    private static Feature quantity(String id, String name, String unit, Object... values) {
        List<ConfigOption> config = new ArrayList<>();
        for (Object value : values) {
            config.add(new ConfigOption(value, "unlimited".equals(value) ? "Unlimited" : value + " " + unit));
        }
        return new Feature(id, name, null, "active", "quantity", new Levels(config), unit);
    }

    /** Range config: the object {@code {from, to}}, strings or integers; {@code to} null has no upper bound. */
    private static Feature range(String id, String name, String unit, Object from, Object to) {
        return new Feature(id, name, null, "active", "range", new RangeConfig(from, to), unit);
    }

    private static Levels options(String... valueLabelPairs) {
        List<ConfigOption> config = new ArrayList<>();
        for (int i = 0; i < valueLabelPairs.length; i += 2) {
            config.add(new ConfigOption(valueLabelPairs[i], valueLabelPairs[i + 1]));
        }
        return new Levels(config);
    }
}
