package app.switchboard.ui.review;

import app.switchboard.ops.review.FeatureUsage;
import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.Navigator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The feature catalogue of the scan on screen, and a feature asked for from elsewhere (Ctrl+K,
 * through the {@link Navigator}) waiting for a catalogue to be shown in: the scan on screen, the
 * kept one being read, or a scan started for it. Given a catalogue, it shows the wanted feature
 * there once, or says that the catalogue does not hold it. Used on the JavaFX thread.
 */
final class FeatureCatalogue {
    private final ReviewTexts texts;
    private final Navigator navigator;
    private final BooleanSupplier scanShown;
    private final BooleanSupplier scanComing;
    private final Runnable scan;
    private final Consumer<String> say;
    private final ObservableList<FeatureUsage> features = FXCollections.observableArrayList();
    private String wanted;
    private Consumer<FeatureUsage> show = usage -> { };

    /**
     * @param scanShown  whether a scan is on screen
     * @param scanComing whether one is on its way (scanning, or the kept one being read)
     * @param scan       starts a scan
     * @param say        tells the operator something in words
     */
    FeatureCatalogue(ReviewTexts texts, Navigator navigator, BooleanSupplier scanShown, BooleanSupplier scanComing,
                     Runnable scan, Consumer<String> say) {
        this.texts = texts;
        this.navigator = navigator;
        this.scanShown = scanShown;
        this.scanComing = scanComing;
        this.scan = scan;
        this.say = say;
        // a request made before the view existed waits until it takes it; later ones arrive here
        navigator.addListener(request -> {
            if (request.view() == FxmlView.REVIEW) {
                take();
            }
        });
    }

    ObservableList<FeatureUsage> features() {
        return features;
    }

    /** Who shows a feature (the view: its catalogue tab, the feature's row selected). */
    void showWith(Consumer<FeatureUsage> shower) {
        show = shower;
    }

    /** Takes the feature last asked for, if any. */
    void take() {
        navigator.takePending(FxmlView.REVIEW).ifPresent(this::want);
    }

    /** Shows {@code featureId}: at once when a scan is on screen, else when one comes; starts one when none is coming. */
    void want(String featureId) {
        wanted = featureId;
        if (scanShown.getAsBoolean()) {
            offer();
        } else if (!scanComing.getAsBoolean()) {
            scan.run();
        }
    }

    /** The kept scan has been read (or was not there): a feature still waiting gets a scan of its own. */
    void keptScanRead() {
        if (wanted != null && !scanShown.getAsBoolean() && !scanComing.getAsBoolean()) {
            scan.run();
        }
    }

    /** No scan on screen (another environment): nothing is shown and nothing waits. */
    void clear() {
        wanted = null;
        features.clear();
    }

    /** A scan's catalogue is on screen. */
    void show(List<FeatureUsage> catalogue) {
        features.setAll(catalogue);
        offer();
    }

    private void offer() {
        String id = wanted;
        if (id == null) {
            return;
        }
        wanted = null;
        Optional<FeatureUsage> found = features.stream().filter(usage -> id.equals(usage.feature().id())).findFirst();
        found.ifPresentOrElse(show, () -> say.accept(texts.get("review.feature.notInScan", id)));
    }
}
