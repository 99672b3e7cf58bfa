package nl.weerbaar.incident.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.UUID;
import java.util.function.Function;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;

/** An official's kind never changes after registration: it is read from the history once. */
class EventSourcedOfficialDirectoryTest {

    @SuppressWarnings("unchecked")
    private final Repository<Official> repository = mock(Repository.class);
    private final EventSourcedOfficialDirectory directory = new EventSourcedOfficialDirectory(repository);

    @Test
    @SuppressWarnings("unchecked")
    void aKnownOfficialIsLoadedOnceAndThenAnsweredFromMemory() {
        OfficialId official = new OfficialId(UUID.randomUUID());
        Aggregate<Official> loaded = mock(Aggregate.class);
        when(loaded.invoke(org.mockito.ArgumentMatchers.<Function<Official, Object>>any()))
                .thenReturn(OfficialKind.ALDERMAN);
        when(repository.load(official.toString())).thenReturn(loaded);

        assertThat(directory.kindOf(official)).contains(OfficialKind.ALDERMAN);
        assertThat(directory.kindOf(official)).contains(OfficialKind.ALDERMAN);

        verify(repository, times(1)).load(official.toString());
    }

    @Test
    void anUnknownOfficialIsLookedUpAgainNextTime() {
        OfficialId official = new OfficialId(UUID.randomUUID());
        when(repository.load(anyString())).thenThrow(new AggregateNotFoundException(official.toString(), "none"));

        assertThat(directory.kindOf(official)).isEmpty();
        assertThat(directory.kindOf(official)).isEmpty();

        verify(repository, times(2)).load(official.toString());
    }
}
