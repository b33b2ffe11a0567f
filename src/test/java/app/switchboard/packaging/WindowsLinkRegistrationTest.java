package app.switchboard.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ProcessingInstruction;

/**
 * The .msi's registration of switchboard:// links, read from the WiX source, the script that puts it
 * into jpackage's project, the pom and the release workflow. Only a Windows runner can build and
 * install the .msi: the release workflow does, and checks the keys with {@code reg query}.
 */
class WindowsLinkRegistrationTest {
    private static final Path FRAGMENT = Path.of("jpackage/windows/url-scheme.wxs");
    private static final Path SCRIPT = Path.of("jpackage/windows/wix-url-scheme.sh");
    private static final String CLASSES = "Software\\Classes\\switchboard";
    private static final String LAUNCHER = "\"[INSTALLDIR]Switchboard.exe\"";

    @TempDir
    Path temp;

    @Test
    void thePerUserMsiRegistersTheSchemeForTheUserWithTheInstalledLauncher() throws Exception {
        Map<String, Map<String, String>> keys = registry(xml(FRAGMENT), false);

        assertThat(keys).isEqualTo(Map.of(
                "HKCU\\" + CLASSES, Map.of("", "URL:Switchboard link", "URL Protocol", ""),
                "HKCU\\" + CLASSES + "\\DefaultIcon", Map.of("", LAUNCHER + ",0"),
                "HKCU\\" + CLASSES + "\\shell\\open\\command", Map.of("", LAUNCHER + " \"%1\"")));
    }

    @Test
    void thePerMachineMsiRegistersTheSameKeysForEveryUserOfTheMachine() throws Exception {
        Map<String, Map<String, String>> keys = registry(xml(FRAGMENT), true);

        assertThat(keys.keySet()).containsExactlyInAnyOrder("HKLM\\" + CLASSES, "HKLM\\" + CLASSES + "\\DefaultIcon",
                "HKLM\\" + CLASSES + "\\shell\\open\\command");
        assertThat(keys.get("HKLM\\" + CLASSES + "\\shell\\open\\command")).containsEntry("", LAUNCHER + " \"%1\"");
    }

    @Test
    void uninstallingRemovesTheKeyAndEachScopeHasAComponentOfItsOwn() throws Exception {
        Document fragment = xml(FRAGMENT);
        // the first key in document order is the outermost one
        Element top = (Element) fragment.getElementsByTagNameNS("*", "RegistryKey").item(0);
        assertThat(top.getAttribute("Key")).isEqualTo(CLASSES);
        assertThat(top.getAttribute("ForceDeleteOnUninstall")).isEqualTo("yes");
        // the key path is a value under the scope's own root (Windows Installer's rule for per-user components)
        assertThat(((Element) top.getElementsByTagNameNS("*", "RegistryValue").item(0)).getAttribute("KeyPath")).isEqualTo("yes");
        String perUser = defines(fragment, false).get("SwitchboardLinksGuid");
        String perMachine = defines(fragment, true).get("SwitchboardLinksGuid");
        assertThat(List.of(perUser, perMachine)).allMatch(guid -> guid.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"));
        assertThat(perUser).isNotEqualTo(perMachine);
    }

    @Test
    void aClickedLinkReachesTheLauncherAsOneArgumentEvenWhenThePathsHoldSpaces() throws Exception {
        String command = registry(xml(FRAGMENT), false).get("HKCU\\" + CLASSES + "\\shell\\open\\command").get("");
        String installDir = "C:\\Users\\Ann Lee\\AppData\\Local\\Programs\\Switchboard\\";
        String link = "switchboard://open/demo/entity/a b&c";

        // what Windows starts: the installer's [INSTALLDIR] resolved, then %1 replaced by the link
        String started = command.replace("[INSTALLDIR]", installDir).replace("%1", link);

        assertThat(windowsArguments(started)).containsExactly(installDir + "Switchboard.exe", link);
    }

    @Test
    void theScriptAddsTheSchemeToJpackagesOwnProjectAndItsOneFeature() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path template = temp.resolve("template.wxs");
        Files.writeString(template, """
                <?xml version="1.0" encoding="utf-8"?>
                <Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
                  <Product Id="*" Name="Switchboard">
                    <Directory Id="TARGETDIR" Name="SourceDir"/>
                    <Feature Id="DefaultFeature" Title="Main" Level="1">
                      <ComponentGroupRef Id="Files"/>
                    </Feature>
                  </Product>
                </Wix>
                """);
        Path out = temp.resolve("msi");

        Run run = script(out, template);

        assertThat(run.exit()).as(run.output()).isZero();
        Document derived = xml(out.resolve("main.wxs"));
        NodeList refs = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "//*[local-name()='Feature'][@Id='DefaultFeature']/*[local-name()='ComponentGroupRef']/@Id",
                derived, XPathConstants.NODESET);
        assertThat(values(refs)).containsExactlyInAnyOrder("Files", "SwitchboardUrlScheme");
        assertThat(registry(derived, false)).isEqualTo(registry(xml(FRAGMENT), false));
        assertThat(derived.getDocumentElement().getElementsByTagNameNS("*", "Product").getLength()).isOne();
    }

    @Test
    void theScriptStopsTheBuildWhenJpackagesProjectHasNoFeatureToAddTo() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path template = temp.resolve("changed.wxs");
        Files.writeString(template, """
                <Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
                  <Product Id="*" Name="Switchboard"><FeatureRef Id="Elsewhere"/></Product>
                </Wix>
                """);
        Path out = temp.resolve("msi");

        Run run = script(out, template);

        assertThat(run.exit()).isNotZero();
        assertThat(run.output()).contains("cannot register switchboard:// links");
        assertThat(out.resolve("main.wxs")).doesNotExist();
    }

    @Test
    void bothMsiFilesAreBuiltFromTheDerivedProjectAndTheReleaseChecksTheKeysAfterInstalling() throws Exception {
        Document pom = xml(Path.of("pom.xml"));
        var xpath = XPathFactory.newInstance().newXPath();
        String msi = "//*[local-name()='profile'][*[local-name()='id']='msi']";
        NodeList resourceDirs = (NodeList) xpath.evaluate(msi + "//*[local-name()='execution']"
                + "[starts-with(*[local-name()='id'], 'msi-per-')]//*[local-name()='resourceDir']", pom, XPathConstants.NODESET);
        assertThat(values(resourceDirs)).containsExactly("${jpackage.msiResources}", "${jpackage.msiResources}");
        NodeList derive = (NodeList) xpath.evaluate(msi + "//*[local-name()='execution'][*[local-name()='id']='msi-url-scheme']"
                + "//*[local-name()='argument']", pom, XPathConstants.NODESET);
        assertThat(values(derive)).containsExactly("${project.basedir}/jpackage/windows/wix-url-scheme.sh",
                "${jpackage.msiResources}", "${java.home}");
        assertThat(xpath.evaluate(msi + "//*[local-name()='execution'][*[local-name()='id']='msi-url-scheme']"
                + "/*[local-name()='phase']", pom)).as("before the package phase builds the .msi files").isEqualTo("prepare-package");

        JsonNode release = new ObjectMapper(new YAMLFactory()).readTree(Path.of(".github/workflows/release.yml").toFile());
        JsonNode installers = release.path("jobs").path("installers");
        List<String> windowsProfiles = new ArrayList<>();
        installers.path("strategy").path("matrix").path("include").forEach(entry -> {
            if (entry.path("os").asText().startsWith("windows")) {
                windowsProfiles.add(entry.path("profiles").asText());
            }
        });
        assertThat(windowsProfiles).containsExactly("msi");
        List<String> windowsSteps = new ArrayList<>();
        installers.path("steps").forEach(step -> {
            if (step.path("if").asText().contains("runner.os == 'Windows'")) {
                windowsSteps.add(step.path("run").asText());
            }
        });
        assertThat(windowsSteps).anySatisfy(run -> assertThat(run).contains("--self-test", "reg query",
                "HKCU\\Software\\Classes\\switchboard", "shell\\open\\command", "\"`\"$launcher`\" `\"%1`\"\"", "'URL Protocol'"));
        assertThat(windowsSteps).anySatisfy(run -> assertThat(run).contains("msiexec.exe", "/x ",
                "reg query 'HKCU\\Software\\Classes\\switchboard'", "still there after the uninstall"));
    }

    private record Run(int exit, String output) {
    }

    private Run script(Path out, Path template) throws Exception {
        Process process = new ProcessBuilder("/bin/bash", SCRIPT.toString(), out.toString(), "/no/jdk/needed", template.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> values(NodeList nodes) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().strip());
        }
        return values;
    }

    /**
     * The WiX preprocessor's variables inside the Fragment, as candle sets them with or without
     * {@code JpIsSystemWide} (which jpackage defines for a per-machine .msi).
     */
    private static Map<String, String> defines(Document wix, boolean systemWide) {
        Map<String, String> defined = new HashMap<>();
        List<Boolean> taking = new ArrayList<>(List.of(true));
        Pattern define = Pattern.compile("\\s*(\\w+)\\s*=\\s*\"([^\"]*)\"\\s*");
        Node fragment = wix.getElementsByTagNameNS("*", "Fragment").item(0);
        for (Node node = fragment.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof ProcessingInstruction pi) {
                int last = taking.size() - 1;
                switch (pi.getTarget()) {
                    case "ifdef" -> {
                        String name = pi.getData().strip();
                        taking.add(taking.get(last) && (systemWide && name.equals("JpIsSystemWide") || defined.containsKey(name)));
                    }
                    case "else" -> taking.set(last, taking.get(last - 1) && !taking.get(last));
                    case "endif" -> taking.remove(last);
                    case "define" -> {
                        if (taking.get(last)) {
                            var matched = define.matcher(pi.getData());
                            assertThat(matched.matches()).as(pi.getData()).isTrue();
                            defined.put(matched.group(1), matched.group(2));
                        }
                    }
                    default -> throw new AssertionError("unexpected <?" + pi.getTarget() + "?>");
                }
            }
        }
        return defined;
    }

    /** Key path to its values ("" the default value), as Windows Installer writes the Fragment's registry. */
    private static Map<String, Map<String, String>> registry(Document wix, boolean systemWide) {
        Map<String, String> vars = defines(wix, systemWide);
        Map<String, Map<String, String>> keys = new LinkedHashMap<>();
        NodeList components = wix.getElementsByTagNameNS("*", "Component");
        assertThat(components.getLength()).isOne();
        collect((Element) components.item(0), "", vars, keys);
        return keys;
    }

    private static void collect(Element parent, String path, Map<String, String> vars, Map<String, Map<String, String>> keys) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            String here = path;
            if (element.hasAttribute("Root")) {
                here = resolve(element.getAttribute("Root"), vars);
            }
            if (element.hasAttribute("Key")) {
                here = here + "\\" + element.getAttribute("Key");
            }
            switch (element.getLocalName()) {
                case "RegistryKey" -> collect(element, here, vars, keys);
                case "RegistryValue" -> {
                    assertThat(element.getAttribute("Type")).isEqualTo("string");
                    keys.computeIfAbsent(here, k -> new HashMap<>()).put(element.getAttribute("Name"),
                            resolve(element.getAttribute("Value"), vars));
                }
                default -> throw new AssertionError("unexpected " + element.getLocalName());
            }
        }
    }

    private static String resolve(String text, Map<String, String> vars) {
        String resolved = text;
        for (Map.Entry<String, String> var : vars.entrySet()) {
            resolved = resolved.replace("$(var." + var.getKey() + ")", var.getValue());
        }
        assertThat(resolved).doesNotContain("$(var.");
        return resolved;
    }

    /** How a Windows program splits its command line: blanks separate, double quotes group. */
    private static List<String> windowsArguments(String commandLine) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : commandLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    arguments.add(current.toString());
                }
                current.setLength(0);
                any = false;
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any) {
            arguments.add(current.toString());
        }
        return arguments;
    }
}
