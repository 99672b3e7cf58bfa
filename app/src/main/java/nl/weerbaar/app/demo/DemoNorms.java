package nl.weerbaar.app.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.AdoptNorm;
import nl.weerbaar.incident.api.NormId;

/**
 * The demo's starting norms framework, as council and college might have agreed it at their meeting
 * of 14 October 2025. Ids are fixed so restarts find the same norms.
 */
public final class DemoNorms {

    /** The meeting of council and college where the protocol's framework was first agreed. */
    public static final LocalDate AGREED_ON = LocalDate.of(2025, 10, 14);

    public static final List<AdoptNorm> NORMS = List.of(
            norm("N1", "Persoonlijke beledigingen in het debat",
                    "Een bestuurder wordt in of rond een vergadering persoonlijk beledigd, uitgescholden of belachelijk "
                            + "gemaakt. Kritiek op standpunten en besluiten blijft vrij; de persoon aanvallen niet."),
            norm("N2", "Bedreiging",
                    "Iemand dreigt een bestuurder, diens naasten of eigendommen iets aan te doen, mondeling, op schrift "
                            + "of online. Ook een verhulde of als grap gebrachte dreiging telt."),
            norm("N3", "Intimidatie aan huis of in de privésfeer",
                    "Iemand zoekt een bestuurder op bij huis, volgt hem of haar, of benadert gezinsleden om druk uit te "
                            + "oefenen. Het privéleven van een bestuurder blijft buiten het politieke debat."),
            norm("N4", "Doxing (persoonsgegevens verspreiden)",
                    "Iemand maakt persoonsgegevens van een bestuurder of diens naasten openbaar, zoals een huisadres, "
                            + "telefoonnummer of de school van de kinderen, zodat anderen hen kunnen opzoeken."),
            norm("N5", "Desinformatie over een bestuurder verspreiden",
                    "Iemand verspreidt bewust onware berichten over een bestuurder, bijvoorbeeld over diens privéleven, "
                            + "integriteit of uitspraken, om hem of haar te beschadigen."),
            norm("N6", "Discriminatie",
                    "Een bestuurder wordt aangevallen of buitengesloten vanwege afkomst, huidskleur, geloof, geslacht, "
                            + "seksuele gerichtheid, handicap of een andere persoonlijke eigenschap."),
            norm("N7", "Seksuele intimidatie",
                    "Ongewenste seksueel getinte opmerkingen, berichten, beelden of aanrakingen gericht aan een "
                            + "bestuurder, in persoon of online."),
            norm("N8", "Fysiek geweld of vernieling",
                    "Iemand duwt, slaat of bespuugt een bestuurder, of vernielt diens eigendommen, zoals een auto, de "
                            + "woning of campagnemateriaal."));

    private DemoNorms() {
    }

    /** The fixed id of the demo norm with this code, e.g. {@code N2}. */
    public static NormId id(String code) {
        return new NormId(UUID.nameUUIDFromBytes(("weerbaar-demo-norm:" + code).getBytes(StandardCharsets.UTF_8)));
    }

    private static AdoptNorm norm(String code, String title, String description) {
        return new AdoptNorm(id(code), code, title, description, AGREED_ON);
    }
}
