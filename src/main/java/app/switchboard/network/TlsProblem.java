package app.switchboard.network;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import javax.net.ssl.SSLPeerUnverifiedException;

/** What was wrong with a server's certificate, read from the exception a failed handshake left. */
public enum TlsProblem {
    /** No trusted authority signed it: typically an office proxy that inspects TLS, or a self-signed server. */
    UNTRUSTED,
    /** It was issued for another host name than the one in the URL. */
    HOSTNAME,
    EXPIRED,
    NOT_YET_VALID,
    OTHER;

    public static TlsProblem of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException) {
                return EXPIRED;
            }
            if (t instanceof CertificateNotYetValidException) {
                return NOT_YET_VALID;
            }
            if (t instanceof CertPathValidatorException validator
                    && validator.getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
                return EXPIRED;
            }
            if (t instanceof CertPathValidatorException validator
                    && validator.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                return NOT_YET_VALID;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof CertPathBuilderException || message.contains("pkix path building failed")
                    || message.contains("unable to find valid certification path")) {
                return UNTRUSTED;
            }
            // OkHttp's own check: "Hostname x not verified"; the JDK's: "No subject alternative DNS name matching x"
            if ((t instanceof SSLPeerUnverifiedException && message.contains("hostname"))
                    || message.contains("no subject alternative") || message.contains("no name matching")) {
                return HOSTNAME;
            }
        }
        return OTHER;
    }
}
