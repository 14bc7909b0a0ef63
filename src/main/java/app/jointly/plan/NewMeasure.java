package app.jointly.plan;

/** A measure to add to a plan; {@code unit}, {@code baseline} and {@code target} are optional. */
public record NewMeasure(String name, String unit, Double baseline, Double target) {
}
