package app.switchboard.ops.review;

import app.switchboard.text.Words;
import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.client.PagingStop;
import app.switchboard.client.CallScope;
import app.switchboard.fynn.Customer;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionCustomerRef;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads one subscription's entitlements and names its customer. A subscription that carries only
 * the customer's id costs one customer request per customer (not per subscription): the answer is
 * shared by every worker of the scan.
 */
final class SubscriptionReader {
    record Result(List<ReviewRow> rows, ScanFailure failure) {
    }

    private final FynnApi api;
    private final ConcurrentHashMap<String, CompletableFuture<ReviewCustomer>> customers = new ConcurrentHashMap<>();

    SubscriptionReader(FynnApi api) {
        this.api = api;
    }

    Result read(Subscription subscription, CallScope scope) {
        if (subscription == null || subscription.id() == null || subscription.id().isBlank()) {
            // a listing may carry a null entry or one without an id: said, and the scan goes on
            return new Result(List.of(), new ScanFailure(null, subscription == null ? null : subscription.number(),
                    Words.of("ops.review.noId")));
        }
        try {
            List<Entitlement> entitlements = api.entitlements(subscription.id(), null, true);
            ReviewCustomer customer = customerOf(subscription.customer());
            // an entitlement listing that ended early keeps what came and says so
            ScanFailure incomplete = PagingStop.of(entitlements)
                    .map(stop -> new ScanFailure(subscription.id(), subscription.number(), stop.words())).orElse(null);
            return new Result(ReviewScanner.rowsOf(subscription, customer, entitlements), incomplete);
        } catch (ApiException e) {
            if (scope.isCancelled() || e.kind() == ApiErrorKind.CANCELLED) {
                throw ReviewScanner.cancelled(e);
            }
            return new Result(List.of(), new ScanFailure(subscription.id(), subscription.number(), e.reasonWords()));
        }
    }

    private ReviewCustomer customerOf(SubscriptionCustomerRef ref) {
        if (ref == null) {
            return new ReviewCustomer(null, "—", null);
        }
        if (!ref.isIdOnly() || ref.id() == null) {
            return ReviewScanner.embedded(ref);
        }
        CompletableFuture<ReviewCustomer> mine = new CompletableFuture<>();
        CompletableFuture<ReviewCustomer> known = customers.putIfAbsent(ref.id(), mine);
        if (known != null) {
            return known.join();
        }
        ReviewCustomer customer = ReviewScanner.embedded(ref);
        try {
            Customer fetched = api.customer(ref.id());
            customer = ReviewCustomer.of(fetched.id(), fetched.companyName(), fetched.firstName(),
                    fetched.lastName(), fetched.customerNumber());
        } catch (ApiException e) {
            // the entitlements are what the review is about; an unnamed customer still shows its id
        } finally {
            mine.complete(customer);
        }
        return customer;
    }
}
