package app.switchboard.ui.settings;

import app.switchboard.AboutInfo;
import app.switchboard.AppPaths;
import app.switchboard.ui.common.Messages;
import java.util.List;

/** The facts of the About dialog, each with its label, ready to show and to copy. */
public final class AboutViewModel {
    /** One line of the dialog: a label and a value the operator can select and copy. */
    public record Fact(String id, String label, String value) {
    }

    private final AboutInfo info;
    private final Messages messages;

    public AboutViewModel(AppPaths paths, Messages messages) {
        this(AboutInfo.current(paths), messages);
    }

    AboutViewModel(AboutInfo info, Messages messages) {
        this.info = info;
        this.messages = messages;
    }

    public String title() {
        return messages.get("settings.about.title");
    }

    public String heading() {
        return messages.get("settings.about.heading", info.version());
    }

    public String copyAllText() {
        return messages.get("settings.about.copy");
    }

    public List<Fact> facts() {
        return List.of(
                fact("aboutVersion", "settings.about.version", info.version()),
                fact("aboutBuildDate", "settings.about.buildDate", info.buildDate()),
                fact("aboutJava", "settings.about.java", info.javaVersion()),
                fact("aboutJavafx", "settings.about.javafx", info.javafxVersion()),
                fact("aboutSettings", "settings.about.settings", info.settingsFile().toString()),
                fact("aboutEnvironments", "settings.about.environments", info.environmentsFile().toString()),
                fact("aboutSecrets", "settings.about.secrets",
                        messages.get("settings.about.secretsWhere", info.secretFile().toString())),
                fact("aboutLogs", "settings.about.logs", info.logFolder().toString()),
                fact("aboutActivity", "settings.about.activity", info.activityFolder().toString()));
    }

    /** Everything at once, for a support ticket. */
    public String asText() {
        return info.asText();
    }

    private Fact fact(String id, String key, String value) {
        return new Fact(id, messages.get(key), value);
    }
}
