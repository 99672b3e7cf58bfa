package nl.weerbaar.aftercare.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working days are Monday to Friday without the public holidays of the Algemene termijnenwet; Good
 * Friday is a working day.
 */
class WorkingDaysTest {

    @ParameterizedTest
    @CsvSource({"2000, 2000-04-23", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
            "2038, 2038-04-25"})
    void easterIsComputedForAnyYear(int year, LocalDate easter) {
        assertThat(WorkingDays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-01-01, false", // New Year's Day (Thursday)
            "2026-04-03, true",  // Good Friday: not a holiday of the Algemene termijnenwet
            "2026-04-06, false", // Easter Monday
            "2026-04-27, false", // King's Day (Monday)
            "2025-04-26, false", // King's Day on the 26th when the 27th is a Sunday (a Saturday anyway)
            "2026-05-05, false", // Liberation Day, every year
            "2026-05-14, false", // Ascension Day
            "2026-05-25, false", // Whit Monday
            "2026-12-25, false", // Christmas Day
            "2026-12-24, true",  // Christmas Eve is a working day
            "2026-11-28, false", // a Saturday
            "2026-11-30, true"}) // a Monday
    void aWorkingDayIsAWeekdayThatIsNoPublicHoliday(LocalDate day, boolean working) {
        assertThat(WorkingDays.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-02, 5, 2026-11-09", // Monday: five working days later is the next Monday
            "2026-11-06, 1, 2026-11-09", // Friday: the weekend does not count
            "2026-11-07, 1, 2026-11-09", // heard on a Saturday: Monday is the first working day after
            "2026-12-18, 5, 2026-12-28", // over Christmas
            "2026-04-02, 5, 2026-04-10", // over Easter: Good Friday counts, Easter Monday does not
            "2026-04-24, 5, 2026-05-04", // King's Day
            "2026-05-01, 2, 2026-05-06", // Liberation Day
            "2026-11-02, 0, 2026-11-02"})
    void deadlinesSkipWeekendsAndPublicHolidays(LocalDate from, int days, LocalDate due) {
        assertThat(WorkingDays.plus(from, days)).isEqualTo(due);
    }
}
