package app.switchboard.ui.settings;

import app.switchboard.about.AboutInfo;
import app.switchboard.credentials.JsonEnvironmentStore;
import app.switchboard.paths.AppPaths;
import app.switchboard.settings.SettingsStore;
import app.switchboard.ui.common.fx.Messages;
import java.util.List;
import java.util.stream.Collectors;

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
                fact("aboutJavafx", "settings.about.javafx", info.javaFxVersion()),
                fact("aboutSettings", "settings.about.settings", info.settings().resolve(SettingsStore.FILE_NAME).toString()),
                fact("aboutEnvironments", "settings.about.environments",
                        info.settings().resolve(JsonEnvironmentStore.FILE_NAME).toString()),
                fact("aboutSecrets", "settings.about.secrets",
                        messages.get("settings.about.secretsWhere", info.secrets().toString())),
                fact("aboutLogs", "settings.about.logs", info.logs().toString()),
                fact("aboutActivity", "settings.about.activity", info.activityLog().toString()));
    }

    /** Everything at once, one fact per line, for a support ticket. */
    public String asText() {
        return heading() + System.lineSeparator() + facts().stream()
                .map(fact -> fact.label() + ": " + fact.value())
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private Fact fact(String id, String key, String value) {
        return new Fact(id, messages.get(key), value);
    }
}
