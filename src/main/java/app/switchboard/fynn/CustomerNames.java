package app.switchboard.fynn;

/** How the console names a customer everywhere. */
public final class CustomerNames {
    /** Shown when nothing at all is known about a customer. */
    public static final String NONE = "—";

    private CustomerNames() {
    }

    /**
     * {@code companyName}, else {@code firstName lastName}, plus {@code (customerNumber)}; the id
     * when nothing else is known, "—" when not even that.
     */
    public static String displayName(String companyName, String firstName, String lastName,
                                     String customerNumber, String id) {
        String name = blank(companyName) ? join(firstName, lastName) : companyName.trim();
        boolean hasNumber = !blank(customerNumber);
        if (name.isEmpty()) {
            return hasNumber ? customerNumber : blank(id) ? NONE : id;
        }
        return hasNumber ? name + " (" + customerNumber + ")" : name;
    }

    private static String join(String first, String last) {
        return ((blank(first) ? "" : first.trim()) + " " + (blank(last) ? "" : last.trim())).trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
