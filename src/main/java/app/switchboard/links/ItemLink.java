package app.switchboard.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A link to one item in one environment, for a ticket: {@code switchboard://open/<environment id>/<kind>/<id>}.
 * The environment is named by its stable id (kept through renames), never by its name. An
 * entitlement is opened through its subscription, which Fynn needs to find it, so its link also
 * carries {@code ?subscription=<id>}.
 *
 * @param subscriptionId for an entitlement, its subscription; null otherwise
 */
public record ItemLink(String environmentId, Kind kind, String id, String subscriptionId) {
    public static final String SCHEME = "switchboard";
    /** Dots alone are no id: the HTTP client resolves "." and ".." segments, reaching another path. */
    private static final Pattern SAFE = Pattern.compile("(?!\\.+$)[A-Za-z0-9._~-]{1,200}");

    public enum Kind {
        ENTITY, SUBSCRIPTION, ENTITLEMENT;

        String path() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ItemLink {
        require(environmentId, "environment id");
        require(id, "id");
        if (kind == Kind.ENTITLEMENT) {
            require(subscriptionId, "subscription id");
        } else if (subscriptionId != null) {
            throw new IllegalArgumentException("only an entitlement's link names a subscription");
        }
    }

    public static ItemLink entity(String environmentId, String id) {
        return new ItemLink(environmentId, Kind.ENTITY, id, null);
    }

    public static ItemLink subscription(String environmentId, String id) {
        return new ItemLink(environmentId, Kind.SUBSCRIPTION, id, null);
    }

    public static ItemLink entitlement(String environmentId, String subscriptionId, String id) {
        return new ItemLink(environmentId, Kind.ENTITLEMENT, id, subscriptionId);
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a link needs its " + what);
        }
    }

    /** The link as text, e.g. {@code switchboard://open/demo/entity/3f2c…}. */
    public String text() {
        String base = SCHEME + "://open/" + encode(environmentId) + "/" + kind.path() + "/" + encode(id);
        return subscriptionId == null ? base : base + "?subscription=" + encode(subscriptionId);
    }

    @Override
    public String toString() {
        return text();
    }

    /** Reads a link; anything that is not one of Switchboard's fails with words saying what is wrong. */
    public static ItemLink parse(String text) throws LinkException {
        if (text == null || text.isBlank()) {
            throw new LinkException("links.invalid.empty");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new LinkException("links.invalid.syntax", text);
        }
        if (!SCHEME.equalsIgnoreCase(uri.getScheme()) || !"open".equalsIgnoreCase(uri.getHost())) {
            throw new LinkException("links.invalid.scheme", text);
        }
        String[] parts = uri.getRawPath() == null ? new String[0] : uri.getRawPath().split("/", -1);
        // "", environment, kind, id
        if (parts.length != 4) {
            throw new LinkException("links.invalid.shape", text);
        }
        Kind kind;
        try {
            kind = Kind.valueOf(parts[2].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LinkException("links.invalid.kind", parts[2]);
        }
        String environment = decode(parts[1]);
        String id = decode(parts[3]);
        String subscription = subscriptionOf(uri.getRawQuery());
        if (!SAFE.matcher(environment).matches() || !SAFE.matcher(id).matches()
                || subscription != null && !SAFE.matcher(subscription).matches()) {
            throw new LinkException("links.invalid.shape", text);
        }
        if (kind == Kind.ENTITLEMENT && subscription == null) {
            throw new LinkException("links.invalid.subscription", text);
        }
        return new ItemLink(environment, kind, id, kind == Kind.ENTITLEMENT ? subscription : null);
    }

    private static String subscriptionOf(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("subscription=")) {
                return decode(pair.substring("subscription=".length()));
            }
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
