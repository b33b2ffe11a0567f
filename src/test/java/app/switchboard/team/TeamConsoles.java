package app.switchboard.team;

import app.switchboard.AppContext;
import app.switchboard.credentials.EnvironmentStore;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.paths.AppPaths;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.shell.ShellWindow;
import java.util.Locale;
import javafx.stage.Stage;

/** A console in English on the Demo, with team mode started from the settings already saved in {@code paths}, shown on {@code stage}. */
public final class TeamConsoles {
    private TeamConsoles() {
    }

    /** @param environments this computer's environments, or null for {@code environments.json} in {@code paths} */
    public static AppContext open(Stage stage, AppPaths paths, EnvironmentStore environments, String user, int seed) {
        AppContext.Builder builder = AppContext.builder(paths)
                .secrets(new InMemorySecretStore())
                .sandbox(SandboxConfig.builder().seed(seed).build())
                .appearance(() -> false)
                .locale(Locale.ENGLISH)
                .user(user)
                .sameThreadTasks();
        AppContext context = (environments == null ? builder : builder.environments(environments)).build();
        context.service(TeamMode.class).start();
        new ShellWindow(context).open(stage);
        return context;
    }
}
