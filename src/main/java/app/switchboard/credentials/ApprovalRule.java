package app.switchboard.credentials;

/**
 * Whether changes in an environment need a second person's approval (four eyes) before they are
 * sent. Part of the environment definition; environments saved before it existed read as {@link #NONE}.
 */
public enum ApprovalRule {
    /** Changes are sent when the operator confirms them. */
    NONE,
    /** Every change becomes a request that another person approves. */
    EVERY_CHANGE,
    /** Only switching something off needs approval; switching on is sent at once. */
    SWITCHING_OFF;

    /** Whether a change to {@code desiredOn} needs approval under this rule. */
    public boolean covers(boolean desiredOn) {
        return this == EVERY_CHANGE || this == SWITCHING_OFF && !desiredOn;
    }
}
