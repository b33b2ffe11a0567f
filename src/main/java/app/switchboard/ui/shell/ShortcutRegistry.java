package app.switchboard.ui.shell;

import app.switchboard.ui.common.fx.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the console in one place: the shell registers them, puts them on the
 * scene as accelerators, and the F1 sheet lists exactly what is registered here, so the sheet
 * cannot drift from what the keys do. Keys handled by a focused control (Space on a switch) are
 * listed too, without an accelerator of their own.
 */
public final class ShortcutRegistry {
    /** One shortcut: the keys as the operator presses them, what they do in words, and the action. */
    public record Shortcut(String keys, String description, Optional<KeyCombination> combination, Runnable action) {
    }

    private final List<Shortcut> shortcuts = new ArrayList<>();
    private final Messages messages;

    public ShortcutRegistry(Messages messages) {
        this.messages = messages;
    }

    public void register(KeyCombination keys, String description, Runnable action) {
        shortcuts.add(new Shortcut(keysText(keys), description, Optional.of(keys), action));
    }

    /**
     * The keys as the keyboard labels them in the operator's language, e.g. "Ctrl+R", German
     * "Strg+R"; macOS shows its own symbols (⌘R). The one place keys become text: sheet, menus, tooltips.
     */
    public String keysText(KeyCombination keys) {
        return Arrays.stream(keys.getDisplayText().split("\\+"))
                .map(part -> messages.has("shell.keys." + part) ? messages.get("shell.keys." + part) : part)
                .collect(Collectors.joining("+"));
    }

    /** A key a focused control handles itself; listed on the sheet, not put on the scene. */
    public void describe(String keys, String description) {
        shortcuts.add(new Shortcut(keys, description, Optional.empty(), () -> { }));
    }

    public List<Shortcut> all() {
        return List.copyOf(shortcuts);
    }

    /** The keys' text for tooltips and menus, e.g. "Ctrl+F". */
    public Optional<String> keysFor(String description) {
        return shortcuts.stream().filter(s -> s.description().equals(description)).map(Shortcut::keys).findFirst();
    }

    public void install(Scene scene) {
        for (Shortcut shortcut : shortcuts) {
            shortcut.combination().ifPresent(keys -> scene.getAccelerators().put(keys, shortcut.action()));
        }
    }
}
