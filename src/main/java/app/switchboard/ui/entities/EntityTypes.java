package app.switchboard.ui.entities;

import app.switchboard.derconnect.EntityType;
import app.switchboard.ui.common.fx.Messages;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Each entity type's name in the interface language and its icon; an unknown type is shown as sent. */
public final class EntityTypes {
    private EntityTypes() {
    }

    public static String label(Messages messages, EntityType type) {
        String key = "entities.type." + type.value();
        return messages.has(key) ? messages.get(key) : type.value();
    }

    /** The type as a heading or chip shows it: "Charge point" rather than "charge point". */
    public static String title(Messages messages, EntityType type) {
        String label = label(messages, type);
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(messages.locale()) + label.substring(1);
    }

    public static Ikon icon(EntityType type) {
        if (type == null) {
            return MaterialDesignH.HELP_CIRCLE_OUTLINE;
        }
        return switch (type.value()) {
            case "EV" -> MaterialDesignC.CAR_ELECTRIC;
            case "ChargePoint" -> MaterialDesignE.EV_STATION;
            case "Battery" -> MaterialDesignB.BATTERY_CHARGING_HIGH;
            case "HeatPump" -> MaterialDesignH.HVAC;
            case "SolarPlant" -> MaterialDesignS.SOLAR_PANEL_LARGE;
            case "Inverter" -> MaterialDesignS.SINE_WAVE;
            case "Meter" -> MaterialDesignG.GAUGE;
            case "RetrofitMeter" -> MaterialDesignF.FLASH_OUTLINE;
            default -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
        };
    }
}
