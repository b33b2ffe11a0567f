package app.switchboard.ui.shell;

import app.switchboard.ui.common.fx.FxmlView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/** The places in the left navigation, in their order there. */
public enum Section {
    ENTITIES("Entities", MaterialDesignE.EV_STATION, FxmlView.ENTITIES),
    SUBSCRIPTIONS("Subscriptions", MaterialDesignC.CREDIT_CARD_OUTLINE, FxmlView.SUBSCRIPTIONS),
    REVIEW("Review", MaterialDesignC.CALENDAR_CHECK, FxmlView.REVIEW),
    ACTIVITY("Activity", MaterialDesignH.HISTORY, FxmlView.ACTIVITY),
    SETTINGS("Settings", MaterialDesignC.COG_OUTLINE, FxmlView.SETTINGS),
    /* last, so the other sections keep their Ctrl+number */
    REQUESTS("Requests", MaterialDesignA.ACCOUNT_MULTIPLE_CHECK, FxmlView.REQUESTS);

    /** The English name, used for stable node ids ({@code #navEntities}); people see {@link #key()}'s text. */
    private final String displayName;
    private final Ikon icon;
    private final FxmlView view;

    Section(String displayName, Ikon icon, FxmlView view) {
        this.displayName = displayName;
        this.icon = icon;
        this.view = view;
    }

    public String idName() {
        return displayName;
    }

    /** The bundle key of the name in the navigation. */
    public String key() {
        return "shell.section." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public Ikon icon() {
        return icon;
    }

    public FxmlView view() {
        return view;
    }

    /** The remembered section, or Entities when nothing (or something unknown) was remembered. */
    public static Section fromSetting(String name) {
        for (Section section : values()) {
            if (section.name().equals(name)) {
                return section;
            }
        }
        return ENTITIES;
    }
}
