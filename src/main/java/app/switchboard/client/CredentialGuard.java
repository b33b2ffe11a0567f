package app.switchboard.client;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Last check before bytes leave the machine, redirects included: an Authorization header only
 * travels over https, or over plain http to this computer (the embedded sandbox). OkHttp already
 * drops Authorization when a redirect changes host, port or scheme; this guard covers the rest.
 */
final class CredentialGuard implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (request.header("Authorization") != null && !mayCarryCredentials(request.url())) {
            throw new InsecureTransportException(request.url().host());
        }
        return chain.proceed(request);
    }

    static boolean mayCarryCredentials(HttpUrl url) {
        return LoopbackHosts.mayCarryCredentials(url);
    }

    /** Raised instead of sending a credential in clear text to another machine. */
    static final class InsecureTransportException extends IOException {
        private static final long serialVersionUID = 1L;

        InsecureTransportException(String host) {
            super("refused to send credentials over plain http to " + host);
        }
    }
}
