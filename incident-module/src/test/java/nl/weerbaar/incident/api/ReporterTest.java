package nl.weerbaar.incident.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReporterTest {

    private static final OfficialId ANNA = new OfficialId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    private static final OfficialId BRAM = new OfficialId(UUID.fromString("c0000000-0000-4000-8000-000000000002"));

    @Test
    void officialMayReportForThemselves() {
        assertThat(new Reporter(Role.OFFICIAL, ANNA).mayReportFor(ANNA)).isTrue();
    }

    @Test
    void officialMayNotReportForAnotherOfficial() {
        assertThat(new Reporter(Role.OFFICIAL, ANNA).mayReportFor(BRAM)).isFalse();
    }

    @Test
    void officialUserWithoutOfficeMayNotReport() {
        assertThat(new Reporter(Role.OFFICIAL, null).mayReportFor(ANNA)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CLERK", "MUNICIPAL_SECRETARY", "MAYOR"})
    void caseHandlerMayReportForAnyOfficial(Role caseHandler) {
        assertThat(new Reporter(caseHandler, null).mayReportFor(ANNA)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COUNCIL_REVIEWER", "ADMINISTRATOR"})
    void staffWithoutCaseHandlingMayNotReportForAnOfficial(Role staff) {
        assertThat(new Reporter(staff, null).mayReportFor(ANNA)).isFalse();
    }
}
