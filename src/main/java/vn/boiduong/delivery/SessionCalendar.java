package vn.boiduong.delivery;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Sessions as an iCalendar file (RFC 5545), written with ical4j: one VEVENT per session, its times
 * given in UTC (the sessions' local times are Asia/Ho_Chi_Minh), so every calendar program places
 * them right without a VTIMEZONE. The UID is stable per session, so importing the file again updates
 * the events instead of doubling them.
 */
public final class SessionCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private SessionCalendar() {
    }

    public static String write(String name, List<MyTraining.SessionEntry> sessions, String host) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Bồi Dưỡng//Lịch học//VI"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
        for (MyTraining.SessionEntry s : sessions) {
            Instant start = s.date().atTime(s.startTime()).atZone(ZONE).toInstant();
            Instant end = s.date().atTime(s.endTime()).atZone(ZONE).toInstant();
            VEvent e = new VEvent(start, end, s.classTitle() + ": " + s.topic());
            e.add(new Uid("session-" + s.sessionId() + "@" + host));
            String where = s.room() == null || s.room().isBlank() ? s.location()
                    : s.location() == null || s.location().isBlank() ? s.room() : s.room() + ", " + s.location();
            if (where != null && !where.isBlank()) {
                e.add(new Location(where));
            }
            e.add(new Description("Lớp: " + s.classTitle() + "\nNội dung: " + s.topic()));
            cal.add(e);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(cal, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
