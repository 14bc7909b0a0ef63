package app.jointly.plan;

import java.util.List;

/**
 * A measure of success of a plan, with its readings oldest first.
 *
 * @param unit how values read, e.g. "%" or "schools" (may be empty)
 * @param baseline where it started, or null
 * @param target what success is, or null
 */
public record Measure(String id, String name, String unit, Double baseline, Double target,
                      List<Progress> progress) {

    public Measure {
        progress = List.copyOf(progress);
    }
}
