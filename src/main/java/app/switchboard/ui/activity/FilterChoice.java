package app.switchboard.ui.activity;

import java.util.Objects;

/**
 * One entry of a filter's drop-down: a value, or {@code null} for "all", with its label.
 */
public record FilterChoice<T>(T value, String label) {

    public static <T> FilterChoice<T> all(String label) {
        return new FilterChoice<>(null, label);
    }

    public boolean isAll() {
        return value == null;
    }

    @Override
    public String toString() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilterChoice<?> choice && Objects.equals(value, choice.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }
}
