package app.switchboard.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Builds commands, handing the {@link CliSetup} to those whose constructor takes it. */
final class CliFactory implements CommandLine.IFactory {
    private final CliSetup setup;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CliFactory(CliSetup setup) {
        this.setup = setup;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CliSetup.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(setup));
            }
        }
        return fallback.create(type);
    }
}
