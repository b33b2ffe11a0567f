package app.switchboard.ops;

import app.switchboard.text.Words;

/**
 * The DER Connect reads the console uses that no public page documents (x-provenance inferred in
 * der-connect.yaml). A real service may not offer them; the console then works without them.
 */
public enum InferredRead {
    ENTITY_LIST("GET /v1/entities"),
    ENTITY("GET /v1/entities/{entityId}"),
    FEATURES("GET /v1/entities/{entityId}/features");

    private final String operation;

    InferredRead(String operation) {
        this.operation = operation;
    }

    /** Method and path template, as a vendor ticket names it. */
    public String operation() {
        return operation;
    }

    /** What it gives the operator, e.g. "the entity list". */
    public Words words() {
        return Words.of("ops.read." + name());
    }
}
