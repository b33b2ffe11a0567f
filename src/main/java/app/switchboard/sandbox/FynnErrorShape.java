package app.switchboard.sandbox;

/**
 * The error body formats an API Platform service such as Fynn may answer with; Fynn documents
 * none of them, so the sandbox can speak each and the console must read the reason from all.
 */
public enum FynnErrorShape {
    /** {@code application/problem+json}: {@code type, title, detail, status, violations}. */
    PROBLEM_JSON,
    /** {@code application/ld+json} Hydra: {@code hydra:title, hydra:description}, violations alongside. */
    HYDRA,
    /** {@code text/plain}: the reason alone. */
    PLAIN_TEXT
}
