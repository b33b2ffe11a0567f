package app.switchboard.ops;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A fake of a wide API interface that answers only the methods a test names; any other call fails
 * the test loudly, so an adapter cannot quietly depend on something the test did not expect.
 */
final class InterfaceFake<T> {
    private final Class<T> type;
    private final Map<String, Function<Object[], Object>> answers = new HashMap<>();

    private InterfaceFake(Class<T> type) {
        this.type = type;
    }

    static <T> InterfaceFake<T> of(Class<T> type) {
        return new InterfaceFake<>(type);
    }

    InterfaceFake<T> on(String method, Function<Object[], Object> answer) {
        answers.put(method, answer);
        return this;
    }

    T build() {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new AssertionError("Unexpected call " + type.getSimpleName() + "." + method.getName());
            }
            return answer.apply(args);
        }));
    }
}
