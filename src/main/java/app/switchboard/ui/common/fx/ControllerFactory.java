package app.switchboard.ui.common.fx;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import javafx.util.Callback;

/**
 * Creates FXML controllers by constructor injection. A constructor parameter gets the service of
 * that type from {@code AppContext}; a parameter whose type is one of the application's own view
 * models ({@code app.switchboard.ui..*ViewModel}) is built the same way, fresh for each controller.
 * Anything else is a wiring mistake and fails loudly with the names involved.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private static final String UI_PACKAGE = "app.switchboard.ui.";

    private final Map<Class<?>, Object> services;

    /** @param services read when a controller is created, so services added later are found too */
    public ControllerFactory(Map<Class<?>, Object> services) {
        this.services = services;
    }

    @Override
    public Object call(Class<?> type) {
        return create(type);
    }

    private Object create(Class<?> type) {
        Constructor<?> constructor = Arrays.stream(type.getConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount))
                .orElseThrow(() -> new IllegalStateException(type.getName() + " needs a public constructor"));
        Object[] arguments = Arrays.stream(constructor.getParameterTypes())
                .map(parameter -> resolve(type, parameter))
                .toArray();
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Creating " + type.getSimpleName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }

    private Object resolve(Class<?> owner, Class<?> parameter) {
        Object exact = services.get(parameter);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<Class<?>, Object> entry : services.entrySet()) {
            if (parameter.isAssignableFrom(entry.getKey())) {
                return entry.getValue();
            }
        }
        // only view models are built here; a service built twice (a second session!) would be a silent bug
        boolean buildable = parameter.getName().startsWith(UI_PACKAGE) && parameter.getSimpleName().endsWith("ViewModel")
                && !parameter.isInterface() && !Modifier.isAbstract(parameter.getModifiers());
        if (buildable) {
            return create(parameter);
        }
        throw new IllegalStateException(owner.getSimpleName() + " needs a " + parameter.getName()
                + ", but AppContext provides none");
    }
}
