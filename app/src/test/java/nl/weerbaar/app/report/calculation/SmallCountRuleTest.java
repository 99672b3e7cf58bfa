package nl.weerbaar.app.report.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small-count rule of docs/privacy.md, cell by cell: [council members, aldermen, mayor, total]. */
class SmallCountRuleTest {

    private static List<String> shown(long council, long aldermen, long mayor) {
        return SmallCountRule.cells(new long[] {council, aldermen, mayor}).stream().map(Cell::text).toList();
    }

    @Test
    void countsOfThreeOrMoreAndZeroAreShown() {
        assertThat(shown(3, 0, 12)).containsExactly("3", "0", "12", "15");
        assertThat(shown(0, 0, 0)).containsExactly("0", "0", "0", "0");
    }

    @Test
    void oneOrTwoForASingleKindOfOfficialIsShownAsLessThanThree() {
        assertThat(shown(0, 1, 0)).containsExactly("0", "< 3", "0", "< 3");
        assertThat(shown(0, 0, 2)).containsExactly("0", "0", "< 3", "< 3");
        assertThat(shown(1, 1, 0)).containsExactly("< 3", "< 3", "0", "< 3");
    }

    @Test
    void aTotalThatWouldGiveAHiddenCountAwayIsALowerBound() {
        // 7 - 5 would say the mayor had 2.
        assertThat(shown(5, 0, 2)).containsExactly("5", "0", "< 3", "≥ 6");
        // 4 - 0 would say both had 2.
        assertThat(shown(0, 2, 2)).containsExactly("0", "< 3", "< 3", "≥ 2");
    }

    @Test
    void theChangeIsShownOnlyBetweenExactTotals() {
        assertThat(SmallCountRule.change(Cell.exact(12), Cell.exact(8))).isEqualTo("+4 (+50%)");
        assertThat(SmallCountRule.change(Cell.exact(6), Cell.exact(8))).isEqualTo("-2 (-25%)");
        assertThat(SmallCountRule.change(Cell.exact(5), Cell.exact(0))).isEqualTo("+5");
        assertThat(SmallCountRule.change(Cell.exact(5), Cell.small())).isEqualTo("–");
        assertThat(SmallCountRule.change(Cell.atLeast(6), Cell.exact(3))).isEqualTo("–");
    }

    @Test
    void aPercentageIsShownOnlyOverExactTotalsRoundedToAWholePercent() {
        // 7 of 7 + 5: 58.3%
        assertThat(SmallCountRule.percent(Cell.exact(7), List.of(Cell.exact(7), Cell.exact(5)))).isEqualTo(58);
        assertThat(SmallCountRule.percent(Cell.exact(0), List.of(Cell.exact(0), Cell.exact(3)))).isZero();
        // 1 of 8 would be 12.5%: rounded half up
        assertThat(SmallCountRule.percent(Cell.exact(3), List.of(Cell.exact(3), Cell.exact(21)))).isEqualTo(13);
        // A hidden or bounded count anywhere, or nothing to judge: not shown.
        assertThat(SmallCountRule.percent(Cell.exact(3), List.of(Cell.exact(3), Cell.small()))).isNull();
        assertThat(SmallCountRule.percent(Cell.atLeast(6), List.of(Cell.atLeast(6), Cell.exact(4)))).isNull();
        assertThat(SmallCountRule.percent(Cell.exact(0), List.of(Cell.exact(0), Cell.exact(0)))).isNull();
    }

    @Test
    void percentilesByNearestRank() {
        assertThat(DurationStatistics.of(new long[] {40, 10, 30, 20}, 4))
                .isEqualTo(new DurationStatistics(4, 20, 40));
        assertThat(DurationStatistics.of(new long[] {5}, 1)).isEqualTo(new DurationStatistics(1, 5, 5));
        assertThat(DurationStatistics.of(new long[0], 0).count()).isZero();
    }
}
