package app.switchboard.find;

/** What a result is, in the order results are grouped. */
public enum FindKind {
    ENTITY, SUBSCRIPTION, CUSTOMER, FEATURE
}
