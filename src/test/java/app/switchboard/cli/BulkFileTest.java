package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.Api;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BulkFileTest {
    private static final String ROW = "der;ent-1;CaptureChargeSessions;on;Kündigung für Müller";

    @Test
    void utf8IsReadAsItIsWithoutANote() {
        BulkFile.Decoded decoded = BulkFile.decode(("\uFEFF" + ROW).getBytes(StandardCharsets.UTF_8), "a.csv");

        assertThat(decoded.note()).isNull();
        assertThat(BulkFile.parse(decoded.text())).singleElement()
                .satisfies(line -> assertThat(line.reason()).isEqualTo("Kündigung für Müller"));
    }

    @Test
    void windows1252IsRecognisedByItsInvalidUtf8AndReadWithANote() {
        BulkFile.Decoded decoded = BulkFile.decode(ROW.getBytes(Charset.forName("windows-1252")), "a.csv");

        assertThat(decoded.note()).startsWith("Note: a.csv is not UTF-8");
        assertThat(decoded.text()).isEqualTo(ROW);
    }

    @Test
    void theSeparatorComesFromTheFirstLineAndQuotedOrLaterSemicolonsDoNotCount() {
        assertThat(BulkFile.separator("api;target id;feature;on/off;reason\nder,x,y,on,z")).isEqualTo(';');
        assertThat(BulkFile.separator("der,ent-1,CaptureChargeSessions,on,\"a;b;c;d;e\"")).isEqualTo(',');
        assertThat(BulkFile.separator("der,ent-1,CaptureChargeSessions,on,a;b")).isEqualTo(',');
    }

    @Test
    void aSemicolonFileParsesIntoTheSameChangesAsACommaFile() {
        assertThat(BulkFile.parse("api;target id;feature;on/off;reason\r\nfynn;sub-1;ent-9;off;\"ended; see CRM\"\r\n"))
                .isEqualTo(BulkFile.parse("api,target id,feature,on/off,reason\r\nfynn,sub-1,ent-9,off,ended; see CRM\r\n"))
                .singleElement().satisfies(line -> {
                    assertThat(line.api()).isEqualTo(Api.FYNN);
                    assertThat(line.reason()).isEqualTo("ended; see CRM");
                });
    }
}
