package app.switchboard.sandbox;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Name material for Fynn customers: Belgian, German, French and Dutch, with their accents. */
final class SeedNames {
    static final String[] FIRST_NAMES = {"Jürgen", "Hélène", "François", "Zoë", "Björn", "Anaïs", "Sören", "Mathéo",
        "Jörg", "Chloé", "Léa", "Günther", "Małgorzata", "Inès", "Bärbel", "Noël", "Renée", "Ömer", "Elif", "Thomas",
        "Sophie", "Lukas", "Emma", "Pieter", "Annelies", "Joëlle", "Raphaël", "Jérôme", "Marie", "Fatoumata"};
    static final String[] LAST_NAMES = {"Müller", "Schäfer", "Lefèvre", "Dubois", "Peeters", "Janssens", "Groß",
        "Köhler", "Van den Broeck", "De Smet", "Dvořák", "Gonçalves", "Öztürk", "Böhm", "Lemaître", "Fröhlich",
        "Mertens", "Claes", "Weiß", "Hoffmann", "Brûlé", "Nuñez", "Jäger", "Maes", "Lambert", "Dupont", "Krämer",
        "Vandenberghe", "Łukasiewicz", "Žižek"};
    static final String[] COMPANY_STEMS = {"Müller & Söhne", "Bäckerei Schön", "Énergie Lefèvre", "Groß Logistik",
        "Château Mérignac", "De Smet Technics", "Van den Broeck Transport", "Ökostrom Süd", "Garage Dupont",
        "Brasserie Lambert", "Stadtwerke Kühlungsborn", "Électricité du Nord", "Fahrschule Jäger", "Hôtel Belle Vue",
        "Peeters Bouw", "Mertens & Claes", "Solaire Côte d'Azur", "Wärmepumpen Fröhlich", "Zürcher Flotten",
        "Crèmerie Maes", "Autohaus Köhler", "Transports Gonçalves", "Œnologie Brûlé", "Laadpalen Vlaanderen"};
    static final String[] COMPANY_FORMS = {"GmbH", "AG", "KG", "SARL", "SAS", "NV", "BV", "SRL", "GmbH & Co. KG"};
    static final String[][] CITIES = {{"Bruxelles", "1000", "BE", "fr"}, {"Liège", "4000", "BE", "fr"},
        {"Gent", "9000", "BE", "nl"}, {"Antwerpen", "2000", "BE", "nl"}, {"Köln", "50667", "DE", "de"},
        {"München", "80331", "DE", "de"}, {"Düsseldorf", "40213", "DE", "de"}, {"Lyon", "69001", "FR", "fr"},
        {"Besançon", "25000", "FR", "fr"}, {"Zürich", "8001", "CH", "de"}, {"Utrecht", "3511", "NL", "nl"}};
    static final String[] STREETS = {"Rue de la Loi", "Hauptstraße", "Schloßallee", "Avenue Louise", "Meir",
        "Königsallee", "Rue des Églises", "Kerkstraat", "Bahnhofstraße", "Place Bellecour"};

    /** Names repeat (they come from the lists above), so their plain forms are worked out once. */
    private static final Map<String, String> LOCAL_PARTS = new ConcurrentHashMap<>();
    private static final Pattern NOT_PLAIN = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DOTS = Pattern.compile("^\\.|\\.$");
    static final String[] MAIL_PROVIDERS = {"gmx.de", "web.de", "t-online.de", "skynet.be", "telenet.be", "orange.fr",
        "free.fr", "bluewin.ch", "ziggo.nl", "gmail.com", "proton.me"};

    private SeedNames() {
    }

    static String pick(String[] options, SplittableRandom random) {
        return options[random.nextInt(options.length)];
    }

    /** A mail address made of plain letters, as real mailboxes mostly are. */
    static String emailLocalPart(String name) {
        return LOCAL_PARTS.computeIfAbsent(name, SeedNames::plainLocalPart);
    }

    private static String plainLocalPart(String name) {
        String dotted = NOT_PLAIN.matcher(SearchText.fold(name)).replaceAll(".");
        return EDGE_DOTS.matcher(dotted).replaceAll("");
    }
}
