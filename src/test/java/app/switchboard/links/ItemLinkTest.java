package app.switchboard.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ItemLinkTest {
    @Test
    void eachKindReadsBackAsWritten() throws Exception {
        for (ItemLink link : new ItemLink[] {ItemLink.entity("demo", "3f2c1a9e-0d2b-4c5e-9f00-1234567890ab"),
                ItemLink.subscription("5b1e-77", "sub_123"), ItemLink.entitlement("demo", "sub_123", "ent_9")}) {
            assertThat(ItemLink.parse(link.text())).isEqualTo(link);
        }
        assertThat(ItemLink.entity("demo", "e-1").text()).isEqualTo("switchboard://open/demo/entity/e-1");
        assertThat(ItemLink.entitlement("demo", "s1", "e1").text())
                .isEqualTo("switchboard://open/demo/entitlement/e1?subscription=s1");
    }

    @Test
    void textThatIsNoSwitchboardLinkSaysWhatIsWrong() {
        assertThatThrownBy(() -> ItemLink.parse("https://example.com/open/demo/entity/1"))
                .isInstanceOf(LinkException.class).hasMessageContaining("not a Switchboard link");
        assertThatThrownBy(() -> ItemLink.parse("switchboard://open/demo/customer/1"))
                .isInstanceOf(LinkException.class).hasMessageContaining("not \"customer\"");
        assertThatThrownBy(() -> ItemLink.parse("switchboard://open/demo/entity"))
                .isInstanceOf(LinkException.class).hasMessageContaining("switchboard://open/ENVIRONMENT/KIND/ID");
        assertThatThrownBy(() -> ItemLink.parse("switchboard://open/demo/entitlement/e1"))
                .isInstanceOf(LinkException.class).hasMessageContaining("names its subscription");
        assertThatThrownBy(() -> ItemLink.parse("switchboard://open/demo/entity/a%2Fb"))
                .as("an id that would reach another path").isInstanceOf(LinkException.class);
        assertThatThrownBy(() -> ItemLink.parse(" ")).isInstanceOf(LinkException.class).hasMessage("No link was given.");
    }

    @Test
    void theGermanWordsSayTheSame() {
        assertThatThrownBy(() -> ItemLink.parse("mailto:x@example.com")).isInstanceOfSatisfying(LinkException.class,
                e -> assertThat(e.words().in(java.util.Locale.GERMAN)).startsWith("Das ist kein Switchboard-Link"));
    }

    /** OkHttp resolves "." and ".." path segments: /subscriptions/. would ask for the whole list, /entities/.. for the API's root. */
    @Test
    void anIdOrEnvironmentOfDotsOnlyIsNoLinkForItWouldReachAnotherPath() {
        for (String hostile : new String[] {"switchboard://open/demo/subscription/.", "switchboard://open/demo/entity/..",
                "switchboard://open/demo/entity/%2E%2E", "switchboard://open/demo/entitlement/e1?subscription=..",
                "switchboard://open/../entity/e1", "switchboard://open/demo/entity/..."}) {
            assertThatThrownBy(() -> ItemLink.parse(hostile)).as(hostile).isInstanceOf(LinkException.class)
                    .hasMessageContaining("switchboard://open/ENVIRONMENT/KIND/ID");
        }
    }

    @Test
    void oddLinksFromATicketAreRefusedInWordsAndIdsWithDotsStillRead() throws Exception {
        String tooLong = "switchboard://open/demo/entity/" + "a".repeat(201);
        for (String hostile : new String[] {tooLong, "switchboard://open/demo/entity/m%C3%BCller",
                "switchboard://open/demo/entity/m\u00fcller", "switchboard://open/demo/entity/a%00b",
                "switchboard://open/demo/entity/a+b", "switchboard://open/demo/entity/e1/extra",
                "switchboard://open/demo/entity/%zz", "switchboard://open/demo/entity/a%2Fb", "switchboard://open//entity/e1",
                "switchboard:open/demo/entity/e1", "switchboard://close/demo/entity/e1"}) {
            assertThatThrownBy(() -> ItemLink.parse(hostile)).as(hostile).isInstanceOf(LinkException.class);
        }
        assertThat(ItemLink.parse("switchboard://open/demo/entity/v1.2.e-1").id()).isEqualTo("v1.2.e-1");
        assertThat(ItemLink.parse("SWITCHBOARD://OPEN/demo/ENTITY/e1")).isEqualTo(ItemLink.entity("demo", "e1"));
        assertThat(ItemLink.parse("switchboard://open/demo/entity/e1?subscription=s1").subscriptionId())
                .as("only an entitlement's link carries a subscription").isNull();
    }
}
