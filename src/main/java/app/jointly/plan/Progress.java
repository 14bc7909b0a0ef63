package app.jointly.plan;

import java.time.LocalDate;

/**
 * One reading of a measure on a date: a value (in the measure's unit), a status, or both.
 *
 * @param value null when only a status was recorded
 * @param status null when only a value was recorded
 */
public record Progress(LocalDate date, Double value, MeasureStatus status) {
}
