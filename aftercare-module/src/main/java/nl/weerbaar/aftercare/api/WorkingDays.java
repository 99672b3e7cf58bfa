package nl.weerbaar.aftercare.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * The calendar for informing the official in time. A working day is Monday to Friday, except the
 * general public holidays of the Dutch Algemene termijnenwet (art. 3): New Year's Day, Easter Monday,
 * King's Day (27 April, or 26 April when the 27th is a Sunday), Liberation Day (5 May, every year),
 * Ascension Day, Whit Monday, and Christmas Day and Boxing Day. Good Friday is not one of them. The law
 * stretches statutory time limits over exactly these days, so a deadline here is counted the way a
 * municipality counts its other deadlines.
 *
 * <p>Pure functions, in the api so every module counts the same deadline: the aftercare module's
 * {@code InformDeadline}, the periodic report's case updates passed on in time, and the audit trail's
 * protocol check, all with the setting {@code weerbaar.aftercare.inform-within-working-days}.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isPublicHoliday(day);
    }

    /** The day that is {@code workingDays} working days after {@code from} ({@code from} itself does not count). */
    public static LocalDate plus(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days cannot be negative: " + workingDays);
        }
        LocalDate day = from;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public static boolean isPublicHoliday(LocalDate day) {
        return publicHolidays(day.getYear()).contains(day);
    }

    /** The public holidays of the Algemene termijnenwet in a year, Sundays among them included. */
    public static Set<LocalDate> publicHolidays(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        return Set.of(
                LocalDate.of(year, Month.JANUARY, 1),
                easter.plusDays(1),
                kingsDay,
                LocalDate.of(year, Month.MAY, 5),
                easter.plusDays(39),
                easter.plusDays(50),
                LocalDate.of(year, Month.DECEMBER, 25),
                LocalDate.of(year, Month.DECEMBER, 26));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
