package app.jointly.plan;

/** Bounds on measures; beyond them requests are refused (400 or 413). */
public final class PlanLimits {

    public static final int MAX_MEASURES = 20;
    public static final int MAX_READINGS = 200;
    public static final int MAX_NAME = 200;
    public static final int MAX_UNIT = 20;
    /** Values are bounded so that a chart never has to scale to absurd numbers. */
    public static final double MAX_ABS_VALUE = 1e12;

    private PlanLimits() {
    }
}
