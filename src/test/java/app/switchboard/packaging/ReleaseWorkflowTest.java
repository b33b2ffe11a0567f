package app.switchboard.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release workflow, read as GitHub reads it: it can only be run by pushing a tag. */
class ReleaseWorkflowTest {
    private static final Path WORKFLOW = Path.of(".github/workflows/release.yml");
    private static final JsonNode RELEASE = read();

    @TempDir
    Path temp;

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("release.yml does not parse: " + e.getMessage(), e);
        }
    }

    private static List<JsonNode> steps(String job) {
        return StreamSupport.stream(RELEASE.path("jobs").path(job).path("steps").spliterator(), false).toList();
    }

    @Test
    void everyJobAndEveryLongStepHasATimeLimit() {
        RELEASE.path("jobs").fields().forEachRemaining(job -> {
            assertThat(job.getValue().path("timeout-minutes").asInt()).as(job.getKey()).isBetween(1, 120);
            job.getValue().path("steps").forEach(step -> {
                if (step.has("run")) {
                    assertThat(step.path("timeout-minutes").asInt()).as(job.getKey() + ": " + step.path("name").asText())
                            .isPositive();
                }
            });
        });
    }

    @Test
    void installersAreBuiltForLinuxWindowsAndBothMacArchitectures() {
        List<String> runners = new ArrayList<>();
        RELEASE.path("jobs").path("installers").path("strategy").path("matrix").path("include")
                .forEach(entry -> runners.add(entry.path("os").asText() + "/" + entry.path("arch").asText()));

        assertThat(runners).containsExactlyInAnyOrder("ubuntu-22.04/x64", "windows-2022/x64", "macos-15/arm64", "macos-15-intel/x64");
    }

    @Test
    void eachOperatingSystemInstallsItsPackageThenRunsTheInstalledSelfTest() {
        for (String os : List.of("Linux", "Windows", "macOS")) {
            List<JsonNode> selfTests = steps("installers").stream()
                    .filter(s -> s.path("if").asText().contains("runner.os == '" + os + "'"))
                    .filter(s -> s.path("run").asText().contains("--self-test")).toList();
            assertThat(selfTests).as(os).singleElement().satisfies(step -> {
                String run = step.path("run").asText();
                switch (os) {
                    case "Linux" -> assertThat(run).contains("apt-get install -y ./target/dist/switchboard_", "/opt/switchboard/bin/switchboard-cli --self-test");
                    case "Windows" -> assertThat(run).contains("msiexec.exe", "per-user", "$env:LOCALAPPDATA", "--self-test");
                    default -> assertThat(run).contains("hdiutil attach", "cp -R", "Contents/MacOS/switchboard-cli\" --self-test");
                }
                assertThat(step.path("env").path("SWITCHBOARD_HOME").asText()).contains("runner.temp");
            });
        }
        assertThat(steps("installers").stream().map(s -> s.path("name").asText()))
                .containsSubsequence("Build the installers", "Notarise the .dmg", "Install the .deb and run its self-test");
    }

    @Test
    void theBuildTakesItsVersionFromTheTagAndMacSigningOnlyWithTheSecrets() {
        JsonNode build = steps("installers").stream().filter(s -> s.path("name").asText().equals("Build the installers"))
                .findFirst().orElseThrow();
        assertThat(build.path("run").asText()).contains("-Drevision=\"$REVISION\"");
        assertThat(RELEASE.path("jobs").path("installers").path("env").path("REVISION").asText())
                .isEqualTo("${{ needs.version.outputs.revision }}");
        JsonNode notarise = steps("installers").stream().filter(s -> s.path("name").asText().equals("Notarise the .dmg"))
                .findFirst().orElseThrow();
        assertThat(notarise.path("if").asText()).contains("steps.signing.outputs.signed == 'true'");
        JsonNode naming = steps("installers").stream().filter(s -> s.path("name").asText().equals("Name the installers"))
                .findFirst().orElseThrow();
        assertThat(naming.path("run").asText()).contains("UNSIGNED", "per-user.msi", "per-machine.msi");
    }

    @Test
    void aTagBecomesTheVersionAndAVersionMacOsOrWindowsInstallerWouldRefuseStopsTheRelease() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        String script = steps("version").stream().filter(s -> s.path("id").asText().equals("version"))
                .findFirst().orElseThrow().path("run").asText();

        assertThat(runVersionStep(script, "v1.4.2")).isEqualTo("revision=1.4.2");
        assertThat(runVersionStep(script, "v2.0.0-rc1")).isEqualTo("revision=2.0.0-rc1");
        assertThat(runVersionStep(script, "v0.1.0")).isNull();
        assertThat(runVersionStep(script, "v256.0.0")).isNull();
        assertThat(runVersionStep(script, "v1.2")).isNull();
    }

    /** The step's output line, or null when it failed. */
    private String runVersionStep(String script, String tag) throws Exception {
        Path output = Files.createTempFile(temp, "output", ".txt");
        ProcessBuilder bash = new ProcessBuilder("/bin/bash", "-e", "-c", script).redirectErrorStream(true);
        bash.environment().putAll(Map.of("GITHUB_REF_TYPE", "tag", "GITHUB_REF_NAME", tag, "GITHUB_OUTPUT", output.toString()));
        Process process = bash.start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.exitValue() == 0 ? Files.readString(output, StandardCharsets.UTF_8).strip() : null;
    }

    @Test
    void theMsiIsPerUserByDefaultWithAPerMachineSiblingAndStableDistinctUpgradeCodes() throws IOException {
        String common = Files.readString(Path.of("jpackage/windows/msi.options"));
        String perUser = Files.readString(Path.of("jpackage/windows/msi-per-user.options"));
        String perMachine = Files.readString(Path.of("jpackage/windows/msi-per-machine.options"));

        assertThat(common).doesNotContain("--win-upgrade-uuid").doesNotContain("--win-per-user-install\n");
        assertThat(perUser).contains("\n--win-per-user-install\n", "--win-upgrade-uuid 12ab3633-ef09-4d8b-b0ea-20ebe98c8dc5",
                "--install-dir \"Programs\\\\Switchboard\"");
        assertThat(perMachine).doesNotContain("\n--win-per-user-install")
                .contains("--win-upgrade-uuid 914cda21-445e-4b17-82aa-919627a2aa37");
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<jpackage.osModules>,jdk.crypto.mscapi,jdk.charsets</jpackage.osModules>",
                "<addModules>${jpackage.modules}${jpackage.osModules}</addModules>", "<version>${revision}</version>");
    }
}
