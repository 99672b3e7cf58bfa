package nl.weerbaar.incident.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CallerTest {

    private static final OfficialId ANNA = new OfficialId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    private static final OfficialId BRAM = new OfficialId(UUID.fromString("c0000000-0000-4000-8000-000000000002"));

    @Test
    void officialSeesIncidentsThatHappenedToThem() {
        assertThat(caller(Role.OFFICIAL, ANNA).maySee(ANNA, Role.CLERK)).isTrue();
    }

    @Test
    void officialDoesNotSeeIncidentsOfAnotherOfficial() {
        assertThat(caller(Role.OFFICIAL, ANNA).maySee(BRAM, Role.CLERK)).isFalse();
    }

    @Test
    void clerkSeesIncidentsRoutedToTheClerk() {
        assertThat(caller(Role.CLERK, null).maySee(ANNA, Role.CLERK)).isTrue();
    }

    @Test
    void clerkDoesNotSeeIncidentsRoutedToTheMunicipalSecretary() {
        assertThat(caller(Role.CLERK, null).maySee(ANNA, Role.MUNICIPAL_SECRETARY)).isFalse();
    }

    @Test
    void municipalSecretarySeesIncidentsRoutedToTheMunicipalSecretary() {
        assertThat(caller(Role.MUNICIPAL_SECRETARY, null).maySee(ANNA, Role.MUNICIPAL_SECRETARY)).isTrue();
    }

    @Test
    void municipalSecretaryDoesNotSeeIncidentsRoutedToTheClerk() {
        assertThat(caller(Role.MUNICIPAL_SECRETARY, null).maySee(ANNA, Role.CLERK)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CLERK", "MUNICIPAL_SECRETARY"})
    void mayorSeesEveryIncident(Role routedTo) {
        assertThat(caller(Role.MAYOR, null).maySee(ANNA, routedTo)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COUNCIL_REVIEWER", "ADMINISTRATOR"})
    void staffWithoutCaseHandlingSeeNoIncident(Role staff) {
        Caller caller = caller(staff, null);

        assertThat(caller.maySee(ANNA, Role.CLERK)).isFalse();
        assertThat(caller.maySee(ANNA, Role.MUNICIPAL_SECRETARY)).isFalse();
        assertThat(caller.maySee(ANNA, staff)).isFalse();
    }

    @Test
    void callerReportsInTheirOwnRoleAndOffice() {
        assertThat(caller(Role.OFFICIAL, ANNA).asReporter()).isEqualTo(new Reporter(Role.OFFICIAL, ANNA));
    }

    private static Caller caller(Role role, OfficialId officialId) {
        return new Caller("gebruiker", role, officialId);
    }
}
