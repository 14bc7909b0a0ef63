package app.jointly.plan;

import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import java.time.LocalDate;
import java.util.List;

/**
 * The measures of success of a plan document. Members read them; members who can edit add measures and record
 * readings. A document outside the caller's workspaces is {@link app.jointly.shared.NotFoundException}; a
 * document that is not a plan is {@link app.jointly.shared.ConflictException} {@code not-a-plan}.
 */
public interface PlanMeasures {

    List<Measure> list(DocumentId plan, UserId by);

    Measure add(DocumentId plan, NewMeasure measure, UserId by);

    /**
     * Records a reading (a later reading for the same date replaces it).
     *
     * @param value null for a status only
     * @param status null for a value only; at least one of the two is required
     */
    Measure record(DocumentId plan, String measureId, LocalDate date, Double value, MeasureStatus status, UserId by);
}
