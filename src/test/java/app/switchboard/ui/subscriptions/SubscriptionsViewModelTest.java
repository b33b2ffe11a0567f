package app.switchboard.ui.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.fynn.SubscriptionStatus;
import app.switchboard.sandbox.FaultKind;
import app.switchboard.sandbox.FaultSettings;
import app.switchboard.sandbox.FynnModel;
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

    private List<String> numbers() {
        return model.rows().stream().map(SubscriptionRow::number).toList();
    }
}
