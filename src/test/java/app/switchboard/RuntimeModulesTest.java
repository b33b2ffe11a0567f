package app.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The installers ship a runtime trimmed to the JDK modules {@code pom.xml} names
 * ({@code jpackage.modules}); a class of ours that uses another module starts from jars and fails
 * installed ({@code NoClassDefFoundError}: the idle collection once asked {@code jdk.management}'s
 * bean for a flag, and the installed console did not start).
 */
class RuntimeModulesTest {
    @Test
    void everyJdkModuleOurClassesUseIsInTheInstallersRuntime() throws Exception {
        Path classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "--print-module-deps", "--ignore-missing-deps",
                "-q", "--multi-release", "17", classes.toString());
        assertThat(status).as("jdeps: %s", err).isZero();
        List<String> used = Arrays.stream(out.toString().strip().split(",")).map(String::strip).toList();

        String pom = Files.readString(Path.of("pom.xml"));
        Matcher modules = Pattern.compile("<jpackage\\.modules>([^<]+)</jpackage\\.modules>").matcher(pom);
        assertThat(modules.find()).as("jpackage.modules in pom.xml").isTrue();
        List<String> shipped = Arrays.stream(modules.group(1).split(",")).map(String::strip).toList();

        assertThat(used).isNotEmpty().contains("java.base");
        assertThat(shipped).as("the installers' runtime modules (pom.xml jpackage.modules)").containsAll(used);
    }
}
