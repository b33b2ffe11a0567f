package app.switchboard.client;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A fixed API key sent as bearer (Fynn). Read from the secret store on every call, so a key the
 * operator just replaced in Settings is used at once.
 */
public final class ApiKeyBearer implements BearerSource {
    private final String apiName;
    private final Supplier<Optional<String>> key;

    public ApiKeyBearer(String apiName, Supplier<Optional<String>> key) {
        this.apiName = apiName;
        this.key = Objects.requireNonNull(key, "key");
    }

    @Override
    public String bearer() {
        return key.get().filter(k -> !k.isBlank()).orElseThrow(() -> new ApiException(
                ApiErrorKind.UNAUTHORISED, apiName, 0, List.of("no API key is stored for this environment"),
                null, null, null, null, null, null));
    }

    @Override
    public boolean renewAfterRejection(String rejected) {
        return false;
    }

    @Override
    public Collection<String> secretsToHide() {
        return key.get().map(List::of).orElse(List.of());
    }
}
