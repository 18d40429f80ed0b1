package nl.mijnaansluiting.servicedesk.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.mijnaansluiting.servicedesk.sla.Goal.ANY_PRIORITY;
import static nl.mijnaansluiting.servicedesk.sla.Goal.ANSWER;
import static nl.mijnaansluiting.servicedesk.sla.Goal.AP_REPORT;
import static nl.mijnaansluiting.servicedesk.sla.Goal.RCA;
import static nl.mijnaansluiting.servicedesk.sla.Goal.REACTION;
import static nl.mijnaansluiting.servicedesk.sla.Goal.RESOLUTION;
import static nl.mijnaansluiting.servicedesk.sla.Goal.STATUS_UPDATE;

/**
 * The calendars and goals of the seed systems, with the seeds' numbers. Where a seed gives none
 * (Mijn Aansluiting's DVO, Mitz's reaction and resolution times) the goals are examples, marked so.
 */
public final class SlaPresets {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private SlaPresets() {
    }

    public static Map<String, BusinessCalendar> calendars() {
        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
        add(calendars, BusinessCalendar.aroundTheClock("klokuren", "Klokuren (24/7)", AMSTERDAM));
        // Seed 001: office hours are workdays 8:00-17:00.
        add(calendars, BusinessCalendar.builder("kantooruren", "Kantooruren (werkdagen 8:00-17:00)", AMSTERDAM)
                .weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0)).holidays(PublicHolidays.of("NL")).build());
        // Seed 001: availability 24/7 except the maintenance windows, 2nd and 4th Wednesday 00:00-06:00.
        add(calendars, BusinessCalendar.builder("mijnoverheid-beschikbaarheid", "MijnOverheid beschikbaarheid (24/7 buiten onderhoud)", AMSTERDAM)
                .hours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, DayOfWeek.values())
                .closed(ClosedWindow.monthly(Set.of(2, 4), DayOfWeek.WEDNESDAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0)))
                .build());
        // Seed 000: the helpdesk answers Monday to Friday 9:00-17:00.
        add(calendars, BusinessCalendar.builder("helpdesk-mijn-aansluiting", "Helpdesk Mijn Aansluiting (ma-vr 9:00-17:00)", AMSTERDAM)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).holidays(PublicHolidays.of("NL")).build());
        // Seed 003: primary operating time Monday-Friday 08:30-16:30, Danish working days.
        add(calendars, BusinessCalendar.builder("borger-dk-primaer", "Borger.dk primær driftstid (man-fre 08:30-16:30)", COPENHAGEN)
                .weekdays(LocalTime.of(8, 30), LocalTime.of(16, 30)).holidays(PublicHolidays.of("DK")).build());
        // Seed 003, "Løbende orientering", måleperiode 1: during a major incident a status every hour on
        // weekdays 08:00-22:00 and weekends 10:00-20:00 (the status-update goal's rhythm says what happens outside).
        add(calendars, BusinessCalendar.builder("borger-dk-orientering", "Borger.dk løbende orientering, måleperiode 1 (hverdage 08-22, weekender 10-20)", COPENHAGEN)
                .weekdays(LocalTime.of(8, 0), LocalTime.of(22, 0))
                .hours(LocalTime.of(10, 0), LocalTime.of(20, 0), DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).build());
        return calendars;
    }

    private static void add(Map<String, BusinessCalendar> calendars, BusinessCalendar calendar) {
        calendars.put(calendar.key(), calendar);
    }

    public static Map<String, SlaScheme> schemes() {
        Map<String, SlaScheme> schemes = new LinkedHashMap<>();
        for (SlaScheme scheme : List.of(mijnAansluiting(), mijnOverheid(), mitz(), borgerDk())) {
            schemes.put(scheme.key(), scheme);
        }
        return schemes;
    }

    /** Seed 000. Reaction and resolution: EXAMPLES (the DVO holds the real ones); the AP report is the law's 72 hours. */
    static SlaScheme mijnAansluiting() {
        String helpdesk = "helpdesk-mijn-aansluiting";
        return new SlaScheme("mijn-aansluiting", List.of("K", "H", "M", "L"), List.of(
                new Goal("K", REACTION, Target.minutes(30), helpdesk, 90, true),
                new Goal("H", REACTION, Target.hours(1), helpdesk, 90, true),
                new Goal("M", REACTION, Target.hours(4), helpdesk, 90, true),
                new Goal("L", REACTION, Target.workingDays(1), helpdesk, 90, true),
                new Goal("K", RESOLUTION, Target.hours(4), helpdesk, 90, true),
                new Goal("H", RESOLUTION, Target.hours(8), helpdesk, 90, true),
                new Goal("M", RESOLUTION, Target.workingDays(3), helpdesk, 90, true),
                new Goal("L", RESOLUTION, Target.workingDays(10), helpdesk, 90, true),
                new Goal(ANY_PRIORITY, AP_REPORT, Target.hours(72), "klokuren", 100, false, "datalek")));
    }

    /** Seed 001: resolution Prio 1 in 6 clock hours, Prio 2 in 20 and Prio 3 in 30 office hours, 85 %; questions 2 working days, 80 %. */
    static SlaScheme mijnOverheid() {
        return new SlaScheme("mijnoverheid", List.of("1", "2", "3"), List.of(
                new Goal("1", RESOLUTION, Target.hours(6), "klokuren", 85, false),
                new Goal("2", RESOLUTION, Target.hours(20), "kantooruren", 85, false),
                new Goal("3", RESOLUTION, Target.hours(30), "kantooruren", 85, false),
                new Goal(ANY_PRIORITY, ANSWER, Target.workingDays(2), "kantooruren", 80, false, "question")));
    }

    /** Seed 002: the RCA of a Prio 1 within 5 working days (of a Prio 2 on request); reaction and resolution are EXAMPLES. */
    static SlaScheme mitz() {
        return new SlaScheme("mitz", List.of("1", "2", "3"), List.of(
                new Goal("1", REACTION, Target.minutes(30), "klokuren", 90, true),
                new Goal("2", REACTION, Target.hours(2), "kantooruren", 90, true),
                new Goal("3", REACTION, Target.workingDays(1), "kantooruren", 90, true),
                new Goal("1", RESOLUTION, Target.hours(4), "klokuren", 90, true),
                new Goal("2", RESOLUTION, Target.hours(16), "kantooruren", 90, true),
                new Goal("3", RESOLUTION, Target.workingDays(10), "kantooruren", 90, true),
                new Goal("1", RCA, Target.workingDays(5), "kantooruren", 100, false),
                // "Afhankelijk van de ernst kan op verzoek van VZVZ ook van een prio 2-incident een RCA gemaakt
                // worden": the same 5 working days, started by an agent, never by itself.
                new Goal("2", RCA, Target.workingDays(5), "kantooruren", 100, false, Goal.ON_REQUEST),
                // A Prio 1 may grow into a calamiteit: its status is reported every hour (EXAMPLE frequency).
                new Goal("1", STATUS_UPDATE, Target.hours(1), "klokuren", 100, true)));
    }

    /** Seed 003: reaction / resolution P1 15 / 240 min, P2 240 / 480 min, P3 2 / 10 and P4 4 / 30 working days; 90 % / 95 %. */
    static SlaScheme borgerDk() {
        String primary = "borger-dk-primaer";
        return new SlaScheme("borger-dk", List.of("1", "2", "3", "4"), List.of(
                new Goal("1", REACTION, Target.minutes(15), primary, 90, false),
                new Goal("2", REACTION, Target.minutes(240), primary, 90, false),
                new Goal("3", REACTION, Target.workingDays(2), primary, 90, false),
                new Goal("4", REACTION, Target.workingDays(4), primary, 90, false),
                new Goal("1", RESOLUTION, Target.minutes(240), primary, 95, false),
                new Goal("2", RESOLUTION, Target.minutes(480), primary, 95, false),
                new Goal("3", RESOLUTION, Target.workingDays(10), primary, 95, false),
                new Goal("4", RESOLUTION, Target.workingDays(30), primary, 95, false),
                // "Løbende orientering": måleperiode 1 1 time; måleperiode 2 (hverdage 22-08, weekender 20-08)
                // "Meddelelse kommunikeres følgende dag kl. 8.00".
                new Goal("1", STATUS_UPDATE, Target.statusRhythm(new StatusRhythm(Duration.ofHours(1), LocalTime.of(8, 0))),
                        "borger-dk-orientering", 100, false),
                // "Major Incident Post Review Rapport sendes ... ca. indenfor 14 dage efter Major incident er løst":
                // 14 calendar days from resolution.
                new Goal("1", Goal.POST_REVIEW, Target.hours(14 * 24), "klokuren", 100, false)));
    }
}
