package nl.weerbaar.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.weerbaar.app.WeerbaarApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedDatabaseFailureTest {

    @TempDir
    Path temp;

    @Test
    void aDatabaseThatCannotStartEndsTheStartWithAdvice() throws IOException {
        WeerbaarApplication.quietAxon();
        Path notADirectory = Files.writeString(temp.resolve("occupied"), "a file where the data should go");

        assertThatThrownBy(() -> new SpringApplicationBuilder(WeerbaarApplication.class)
                .run("--server.port=0", "--weerbaar.embedded-database.data-directory=" + notADirectory))
                .hasRootCauseInstanceOf(IOException.class)
                .satisfies(failure -> {
                    EmbeddedDatabaseStartFailure cause = findCause(failure);
                    FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(failure);
                    assertThat(cause.dataDirectory()).isEqualTo(notADirectory);
                    assertThat(analysis.getDescription()).contains(notADirectory.toString());
                    assertThat(analysis.getAction())
                            .contains("normal (non-root) user", "unshare", "SPRING_DATASOURCE_URL");
                });
    }

    private static EmbeddedDatabaseStartFailure findCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EmbeddedDatabaseStartFailure start) {
                return start;
            }
        }
        throw new AssertionError("no EmbeddedDatabaseStartFailure in " + failure);
    }
}
