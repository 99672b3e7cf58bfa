package nl.weerbaar.app.report.calculation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * The period report as shown: anonymised figures for the period and the previous period of equal length.
 *
 * @param eventsRead how many events the calculation read
 */
public record PeriodReport(LocalDate from, LocalDate to, Instant asOf, LocalDate previousFrom, LocalDate previousTo,
        List<FigureTable> figures, List<DurationLine> durations, long eventsRead) {

    /**
     * SHA-256 (hex) of the shown figures in a canonical form: keys and shown values only, no labels, so a
     * reworded label never breaks a frozen report, and any changed figure does.
     */
    public String checksum() {
        StringBuilder canonical = new StringBuilder();
        for (FigureTable figure : figures) {
            for (FigureLine line : figure.lines()) {
                canonical.append(figure.key()).append('|').append(line.key());
                line.current().forEach(cell -> canonical.append('|').append(cell.text()));
                line.previous().forEach(cell -> canonical.append('|').append(cell.text()));
                canonical.append('|').append(line.change()).append('\n');
            }
        }
        for (DurationLine line : durations) {
            canonical.append("durations|").append(line.key()).append('|').append(line.currentCount().text())
                    .append('|').append(line.currentMedianHours()).append('|').append(line.currentPercentile90Hours())
                    .append('|').append(line.previousCount().text()).append('|').append(line.previousMedianHours())
                    .append('|').append(line.previousPercentile90Hours()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public FigureTable figure(String key) {
        return figures.stream().filter(figure -> figure.key().equals(key)).findFirst().orElseThrow();
    }

    public DurationLine duration(String key) {
        return durations.stream().filter(line -> line.key().equals(key)).findFirst().orElseThrow();
    }
}
