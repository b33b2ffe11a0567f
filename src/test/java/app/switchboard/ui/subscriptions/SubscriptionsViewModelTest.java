package app.switchboard.ui.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.fynn.SubscriptionStatus;
import app.switchboard.sandbox.FaultKind;
import app.switchboard.sandbox.FaultSettings;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.Navigator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriptionsViewModelTest {
    @TempDir
    Path home;
    private SandboxWorkspace workspace;
    private SubscriptionsViewModel model;
    private List<FynnModel.Subscription> seeded;

    @BeforeEach
    void open() {
        workspace = new SandboxWorkspace(home);
        model = workspace.listModel();
        seeded = workspace.store().subscriptions();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void showsTheFirstPageWithFynnsTotals() {
        int size = model.pageSizeProperty().get();
        int pages = (seeded.size() + size - 1) / size;

        assertThat(model.stateProperty().get()).isEqualTo(LoadState.SHOWING);
        assertThat(model.totalItemsProperty().get()).isEqualTo(seeded.size());
        assertThat(model.lastPageProperty().get()).isEqualTo(pages);
        assertThat(numbers()).isEqualTo(seeded.subList(0, size).stream().map(FynnModel.Subscription::number).toList());
        assertThat(model.summaryProperty().get()).isEqualTo("Page 1 of " + pages + " · " + seeded.size() + " subscriptions");
    }

    @Test
    void pagesForwardBackAndToTheEnds() {
        int size = model.pageSizeProperty().get();
        model.nextPage();
        assertThat(model.pageProperty().get()).isEqualTo(2);
        assertThat(model.rows().get(0).number()).isEqualTo(seeded.get(size).number());

        model.lastPage();
        int last = model.lastPageProperty().get();
        assertThat(model.pageProperty().get()).isEqualTo(last);
        assertThat(model.rows()).hasSize(seeded.size() - (last - 1) * size);
        assertThat(model.hasNext()).isFalse();

        model.previousPage();
        assertThat(model.pageProperty().get()).isEqualTo(last - 1);
        model.firstPage();
        assertThat(model.hasPrevious()).isFalse();
        assertThat(model.rows().get(0).number()).isEqualTo(seeded.get(0).number());
    }

    @Test
    void jumpingToAPageOutsideTheRangeLandsOnTheNearestEnd() {
        model.goToPage(4);
        assertThat(model.pageProperty().get()).isEqualTo(4);
        model.goToPage(10_000);
        assertThat(model.pageProperty().get()).isEqualTo(model.lastPageProperty().get());
        model.goToPage(-3);
        assertThat(model.pageProperty().get()).isEqualTo(1);
    }

    @Test
    void aLargerPageKeepsTheFirstRowOfTheCurrentPageInView() {
        model.goToPage(3); // rows 100..149
        model.changePageSize(100);

        assertThat(model.pageProperty().get()).isEqualTo(2); // rows 100..199
        assertThat(model.rows()).hasSize(100);
        assertThat(model.rows().get(0).number()).isEqualTo(seeded.get(100).number());
    }

    @Test
    void searchFindsASubscriptionByItsNumber() {
        FynnModel.Subscription wanted = seeded.get(137);
        model.search(wanted.number());

        assertThat(numbers()).containsExactly(wanted.number());
        assertThat(model.totalItemsProperty().get()).isEqualTo(1);
    }

    @Test
    void searchFindsEverySubscriptionOfACustomerByNameAndShowsNameAndNumber() {
        FynnModel.Customer customer = workspace.store().customer(seeded.get(12).customerId()).orElseThrow();
        long theirs = seeded.stream().filter(s -> s.customerId().equals(customer.id())).count();

        model.search(customer.customerNumber());

        assertThat(model.rows()).hasSize((int) theirs);
        assertThat(model.rows()).allSatisfy(row -> {
            assertThat(row.customerName()).isEqualTo(customer.displayName());
            assertThat(row.customerNumber()).isEqualTo(customer.customerNumber());
        });
    }

    @Test
    void statusChipShowsOnlyThatStatusAndClearingItShowsAllAgain() {
        long paused = seeded.stream().filter(s -> s.status().equals("paused")).count();

        model.filterByStatus(SubscriptionStatus.PAUSED);
        assertThat(model.totalItemsProperty().get()).isEqualTo((int) paused);
        assertThat(model.rows()).allSatisfy(row -> assertThat(row.status()).isEqualTo(SubscriptionStatus.PAUSED));

        model.filterByStatus(null);
        assertThat(model.totalItemsProperty().get()).isEqualTo(seeded.size());
    }

    @Test
    void aSearchWithoutMatchesSaysSoInsteadOfShowingAnEmptyTable() {
        model.search("no such customer anywhere");

        assertThat(model.stateProperty().get()).isEqualTo(LoadState.EMPTY);
        assertThat(model.isFiltered()).isTrue();
        assertThat(model.summaryProperty().get()).endsWith("no subscriptions");
    }

    @Test
    void aFailedPageSaysWhatFynnAnsweredAndRetryLoadsIt() {
        workspace.sandbox().faults().set(FaultSettings.always(FaultKind.SERVER_ERROR));
        model.nextPage();

        assertThat(model.stateProperty().get()).isEqualTo(LoadState.FAILED);
        assertThat(model.problemProperty().get()).startsWith("Fynn did not send the list: ").contains("500");

        workspace.sandbox().faults().set(FaultSettings.none());
        model.retry();

        assertThat(model.stateProperty().get()).isEqualTo(LoadState.SHOWING);
        assertThat(model.pageProperty().get()).isEqualTo(2);
    }

    @Test
    void openingARowShowsItsDetail() {
        SubscriptionRow row = model.rows().get(3);
        model.open(row);

        assertThat(model.detail().subscriptionProperty().get()).isEqualTo(row);
        assertThat(model.detail().stateProperty().get()).isIn(LoadState.SHOWING, LoadState.EMPTY);
    }

    @Test
    void aSubscriptionRequestedFromAnotherViewWhileShownOpensEvenFromAnotherPage() {
        FynnModel.Subscription wanted = seeded.get(seeded.size() - 1); // far beyond page 1

        workspace.navigator().open(FxmlView.SUBSCRIPTIONS, wanted.id());

        assertThat(model.detail().subscriptionProperty().get()).isNotNull();
        assertThat(model.detail().subscriptionProperty().get().number()).isEqualTo(wanted.number());
        assertThat(model.detail().subscriptionProperty().get().customerName()).isNotBlank();
        assertThat(workspace.navigator().takePending(FxmlView.SUBSCRIPTIONS)).isEmpty();
    }

    @Test
    void aSubscriptionRequestedBeforeTheViewWasLoadedOpensWhenItLoads() {
        FynnModel.Subscription wanted = seeded.get(2);
        Navigator navigator = new Navigator();
        navigator.open(FxmlView.SUBSCRIPTIONS, wanted.id());

        SubscriptionsViewModel fresh = new SubscriptionsViewModel(workspace.session(), workspace.tasks(),
                workspace.messages(), workspace.detailModel(), navigator);

        assertThat(fresh.detail().subscriptionProperty().get()).isEqualTo(fresh.rows().get(2));
    }

    @Test
    void aRequestForAnotherViewLeavesTheListAlone() {
        workspace.navigator().open(FxmlView.ENTITIES, seeded.get(0).id());

        assertThat(model.detail().isOpen()).isFalse();
    }

    @Test
    void sortingHappensOnTheServerSoPageOneStartsWithTheEarliestOfAllPages() {
        java.time.Instant earliest = seeded.stream().map(FynnModel.Subscription::activatedAt)
                .filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder()).orElseThrow();
        model.goToPage(3);

        model.sortBy("activatedAt", false);

        assertThat(model.pageProperty().get()).isEqualTo(1);
        assertThat(model.rows().get(0).activatedAt().toInstant()).isEqualTo(earliest);
        assertThat(model.rows()).extracting(row -> row.activatedAt().toInstant()).isSorted();
    }

    @Test
    void sortingByStatusDescendingPutsTheLastStatusOnPageOneAndTheFirstOnTheLastPage() {
        String first = seeded.stream().map(FynnModel.Subscription::status).min(String::compareTo).orElseThrow();
        String last = seeded.stream().map(FynnModel.Subscription::status).max(String::compareTo).orElseThrow();

        model.sortBy("status", true);
        assertThat(model.rows().get(0).status().value()).isEqualTo(last);
        model.lastPage();
        assertThat(model.rows().get(model.rows().size() - 1).status().value()).isEqualTo(first);

        model.sortBy(null, false);
        assertThat(numbers()).isEqualTo(seeded.subList(0, model.pageSizeProperty().get()).stream()
                .map(FynnModel.Subscription::number).toList());
    }

    @Test
    void aPageThatArrivesBeforeTheMomentPassesNeverShowsTheSpinner() {
        model.nextPage();
        model.loading().lasted(); // the view's timer fires after the page came

        assertThat(model.stateProperty().get()).isEqualTo(LoadState.SHOWING);
        assertThat(model.loading().shownProperty().get()).isFalse();
    }

    @Test
    void aSlowPageShowsTheSpinnerUntilItArrivesOrFails() {
        List<Boolean> whileLoading = new java.util.ArrayList<>();
        model.stateProperty().addListener((obs, old, now) -> {
            if (now == LoadState.LOADING) {
                model.loading().lasted(); // the moment passes while Fynn is still answering
                whileLoading.add(model.loading().shownProperty().get());
            }
        });

        model.nextPage();
        assertThat(whileLoading).containsExactly(true);
        assertThat(model.loading().shownProperty().get()).isFalse();

        workspace.sandbox().faults().set(FaultSettings.always(FaultKind.SERVER_ERROR));
        model.nextPage();
        assertThat(whileLoading).containsExactly(true, true);
        assertThat(model.stateProperty().get()).isEqualTo(LoadState.FAILED);
        assertThat(model.loading().shownProperty().get()).isFalse();
    }

    private List<String> numbers() {
        return model.rows().stream().map(SubscriptionRow::number).toList();
    }
}
