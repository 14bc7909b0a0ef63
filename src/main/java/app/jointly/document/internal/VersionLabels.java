package app.jointly.document.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in version names and labels, in UTC so that every node and every reader names a version alike. */
final class VersionLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private VersionLabels() {
    }

    static String date(Instant at) {
        return DATE.format(at);
    }

    static String time(Instant at) {
        return TIME.format(at);
    }
}
