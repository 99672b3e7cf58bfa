package nl.weerbaar.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.app.security.WeerbaarUser;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.RegisterOfficial;
import nl.weerbaar.incident.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The demo accounts and the officials behind them; ids are fixed so restarts find the same officials. */
@Component
@Profile("demo")
public class DemoData {

    public static final OfficialId MAYOR = demoId("burgemeester");
    public static final OfficialId ANNA_DE_VRIES = demoId("raadslid");
    public static final OfficialId BRAM_BAKKER = demoId("raadslid2");
    public static final OfficialId CARLA_JANSEN = demoId("wethouder");

    static final List<RegisterOfficial> OFFICIALS = List.of(
            new RegisterOfficial(MAYOR, "Hendrik Mulder", OfficialKind.MAYOR),
            new RegisterOfficial(ANNA_DE_VRIES, "Anna de Vries", OfficialKind.COUNCIL_MEMBER),
            new RegisterOfficial(BRAM_BAKKER, "Bram Bakker", OfficialKind.COUNCIL_MEMBER),
            new RegisterOfficial(CARLA_JANSEN, "Carla Jansen", OfficialKind.ALDERMAN));

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String DEFAULT_PASSWORD = "demo";

    private final String password;

    DemoData(@Value("${WEERBAAR_DEMO_PASSWORD:" + DEFAULT_PASSWORD + "}") String password) {
        this.password = password;
    }

    public List<WeerbaarUser> users(PasswordEncoder encoder) {
        if (DEFAULT_PASSWORD.equals(password)) {
            LOG.warn("""

                    ************************************************************************
                    *  DEMO ACCOUNTS ARE ACTIVE WITH THE DEFAULT PASSWORD 'demo'.          *
                    *  Anyone who can reach this server can log in. Never use this with    *
                    *  real incidents: set WEERBAAR_DEMO_PASSWORD, or better, configure a  *
                    *  real database and real accounts (see the README).                   *
                    ************************************************************************""");
        } else {
            LOG.warn("Demo accounts are active (password from WEERBAAR_DEMO_PASSWORD). Not for real incidents.");
        }
        String hash = encoder.encode(password);
        return List.of(
                new WeerbaarUser("burgemeester", hash, Role.MAYOR, MAYOR),
                new WeerbaarUser("griffier", hash, Role.CLERK, null),
                new WeerbaarUser("secretaris", hash, Role.MUNICIPAL_SECRETARY, null),
                new WeerbaarUser("raadslid", hash, Role.OFFICIAL, ANNA_DE_VRIES),
                new WeerbaarUser("raadslid2", hash, Role.OFFICIAL, BRAM_BAKKER),
                new WeerbaarUser("wethouder", hash, Role.OFFICIAL, CARLA_JANSEN),
                new WeerbaarUser("raad", hash, Role.COUNCIL_REVIEWER, null),
                new WeerbaarUser("beheer", hash, Role.ADMINISTRATOR, null));
    }

    private static OfficialId demoId(String name) {
        return new OfficialId(UUID.nameUUIDFromBytes(("weerbaar-demo-official:" + name).getBytes(StandardCharsets.UTF_8)));
    }
}
