package nl.weerbaar.incident.command;

import static nl.weerbaar.testing.RuleViolations.violates;

import java.util.UUID;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.OfficialRegistered;
import nl.weerbaar.incident.api.RegisterOfficial;
import nl.weerbaar.incident.api.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OfficialTest {

    private static final OfficialId OFFICIAL = new OfficialId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));

    private AggregateTestFixture<Official> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Official.class);
    }

    @Test
    void registeringAnOfficialRecordsTheNameWithoutSurroundingBlanks() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOfficial(OFFICIAL, "  Anna de Vries \n", OfficialKind.COUNCIL_MEMBER))
                .expectEvents(new OfficialRegistered(OFFICIAL, "Anna de Vries", OfficialKind.COUNCIL_MEMBER));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void officialWithoutNameIsRefused(String name) {
        fixture.givenNoPriorActivity()
                .when(new RegisterOfficial(OFFICIAL, name, OfficialKind.ALDERMAN))
                .expectNoEvents()
                .expectException(violates("name", RuleViolation.REQUIRED));
    }

    @Test
    void nameOverTwoHundredCharactersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOfficial(OFFICIAL, "n".repeat(201), OfficialKind.ALDERMAN))
                .expectNoEvents()
                .expectException(violates("name", RuleViolation.TOO_LONG));
    }

    @Test
    void nameOfExactlyTwoHundredCharactersIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOfficial(OFFICIAL, "n".repeat(200), OfficialKind.ALDERMAN))
                .expectEvents(new OfficialRegistered(OFFICIAL, "n".repeat(200), OfficialKind.ALDERMAN));
    }

    @Test
    void officialWithoutKindIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOfficial(OFFICIAL, "Anna de Vries", null))
                .expectNoEvents()
                .expectException(violates("kind", RuleViolation.REQUIRED));
    }
}
