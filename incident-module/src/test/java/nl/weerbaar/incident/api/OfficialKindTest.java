package nl.weerbaar.incident.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficialKindTest {

    @Test
    void councilMembersAreHandledByTheClerk() {
        assertThat(OfficialKind.COUNCIL_MEMBER.caseHandler()).isEqualTo(Role.CLERK);
    }

    @Test
    void aldermenAreHandledByTheMunicipalSecretary() {
        assertThat(OfficialKind.ALDERMAN.caseHandler()).isEqualTo(Role.MUNICIPAL_SECRETARY);
    }

    @Test
    void theMayorIsHandledByTheMunicipalSecretary() {
        assertThat(OfficialKind.MAYOR.caseHandler()).isEqualTo(Role.MUNICIPAL_SECRETARY);
    }
}
