package app.switchboard.ui.common.session;

import app.switchboard.credentials.Environment;
import app.switchboard.ui.common.fx.Messages;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The coloured band naming the environment and what its risk level means, so nobody mistakes
 * production for a test system. Text is black or white, whichever reads better on the colour.
 */
public class EnvironmentBanner extends HBox {
    private static final String FALLBACK_COLOUR = "#546e7a";

    private final FontIcon icon = new FontIcon(MaterialDesignS.SHIELD_HALF_FULL);
    private final Label name = new Label();
    private final Label risk = new Label();
    private final Label meaning = new Label();

    public EnvironmentBanner() {
        getStyleClass().add("environment-banner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        name.getStyleClass().add("environment-banner-name");
        name.setId("environmentName");
        risk.getStyleClass().add("environment-banner-risk");
        risk.setId("environmentRisk");
        meaning.getStyleClass().add("environment-banner-meaning");
        meaning.setId("environmentMeaning");
        getChildren().addAll(icon, name, risk, meaning);
    }

    public void show(Environment environment, Messages messages) {
        if (environment == null) {
            setVisible(false);
            return;
        }
        setVisible(true);
        Color background = colourOf(environment.colour());
        String text = readableTextOn(background);
        // -banner-text is looked up by the labels and the icon in shell.css
        setStyle("-fx-background-color: " + toCss(background) + "; -banner-text: " + text + ";");
        name.setText(environment.name());
        String riskLabel = RiskWords.label(environment.risk(), messages);
        risk.setText(riskLabel.toUpperCase(Locale.ROOT));
        // "Demo  DEMO" says the same thing twice
        risk.setVisible(!riskLabel.equalsIgnoreCase(environment.name()));
        risk.setManaged(risk.isVisible());
        meaning.setText(RiskWords.meaning(environment.risk(), messages));
        // the band is read as one sentence rather than three loose labels
        setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        setAccessibleText(messages.get("shell.banner.accessible", environment.name(), riskLabel, meaning.getText()));
    }

    /** Black or white, by the WCAG relative luminance of the background. */
    public static String readableTextOn(Color background) {
        double luminance = 0.2126 * linear(background.getRed()) + 0.7152 * linear(background.getGreen())
                + 0.0722 * linear(background.getBlue());
        return luminance > 0.179 ? "#000000" : "#ffffff";
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** The environment's colour, or a neutral grey when it has none or it is not a CSS colour. */
    public static Color colourOf(String css) {
        try {
            return Color.web(css == null ? FALLBACK_COLOUR : css);
        } catch (IllegalArgumentException e) {
            return Color.web(FALLBACK_COLOUR);
        }
    }

    public static String toCss(Color colour) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(colour.getRed() * 255),
                (int) Math.round(colour.getGreen() * 255), (int) Math.round(colour.getBlue() * 255));
    }
}
