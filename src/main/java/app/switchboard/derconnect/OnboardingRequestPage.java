package app.switchboard.derconnect;

import java.util.List;

/** One page of the onboarding listing: the same envelope as DER Connect's other lists. */
public record OnboardingRequestPage(List<OnboardingRequest> data, PageLinks links, PageMeta meta) {
    public OnboardingRequestPage {
        data = data == null ? List.of() : data;
    }

    /** The token for the next page, or null on the last page. */
    public String nextToken() {
        return meta == null ? null : meta.continuationToken();
    }
}
