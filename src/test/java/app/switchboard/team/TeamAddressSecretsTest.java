package app.switchboard.team;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A password typed into the JDBC URL never comes back in the message that refuses the URL. */
class TeamAddressSecretsTest {
    @Test
    void aJdbcUrlWithAPasswordInAnyPlaceIsRefusedWithoutRepeatingThePassword() {
        for (String url : List.of("jdbc:postgresql://ops:Hunter2pw@db.example.com/team",
                "jdbc:postgresql://db.example.com/team?user=ops&password=Hunter2pw",
                "jdbc:postgresql://db.example.com/team?sslmode=verify-full&sslpassword=Hunter2pw",
                "jdbc:postgresql://db.example.com:5432/team;password=Hunter2pw")) {
            assertThatThrownBy(() -> TeamAddress.jdbcUrl(TeamSettings.ofUrl(url, "ops", "desk")))
                    .as(url).isInstanceOf(TeamException.class)
                    .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage() + " "
                            + ((TeamException) e).toString()).as(url).doesNotContain("Hunter2pw"));
        }
    }
}
