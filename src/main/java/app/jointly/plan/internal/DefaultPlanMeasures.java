package app.jointly.plan.internal;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.plan.Measure;
import app.jointly.plan.MeasureStatus;
import app.jointly.plan.NewMeasure;
import app.jointly.plan.PlanLimits;
import app.jointly.plan.PlanMeasures;
import app.jointly.plan.Progress;
import app.jointly.shared.ConflictException;
import app.jointly.shared.DocumentId;
import app.jointly.shared.Ids;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.TextRules;
import app.jointly.shared.TooLargeException;
import app.jointly.shared.UserId;
import app.jointly.workspace.WorkspaceAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Measures are read through the document's access rules; only a plan has them. */
@Service
class DefaultPlanMeasures implements PlanMeasures {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private final DocumentService documents;
    private final WorkspaceAccess access;
    private final MeasureStore store;
    private final Clock clock;

    DefaultPlanMeasures(DocumentService documents, WorkspaceAccess access, MeasureStore store, Clock clock) {
        this.documents = documents;
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Measure> list(DocumentId plan, UserId by) {
        requirePlan(plan, by);
        return store.byDocument(plan);
    }

    @Override
    public Measure add(DocumentId plan, NewMeasure measure, UserId by) {
        DocumentView view = requirePlan(plan, by);
        access.requireEditor(view.workspaceId(), by);
        String name = text(measure.name(), "name", PlanLimits.MAX_NAME, true);
        String unit = text(measure.unit(), "unit", PlanLimits.MAX_UNIT, false);
        if (store.count(plan) >= PlanLimits.MAX_MEASURES) {
            throw new TooLargeException("too-many-measures", "A plan may have at most " + PlanLimits.MAX_MEASURES
                    + " measures.");
        }
        Measure created = new Measure(UUID.randomUUID().toString(), name, unit == null ? "" : unit,
                bounded(measure.baseline(), "baseline"), bounded(measure.target(), "target"), List.of());
        store.insert(plan, created, clock.instant());
        return created;
    }

    @Override
    public Measure record(DocumentId plan, String measureId, LocalDate date, Double value, MeasureStatus status,
                          UserId by) {
        DocumentView view = requirePlan(plan, by);
        access.requireEditor(view.workspaceId(), by);
        Ids.requireValid(measureId, "measure id");
        Measure measure = store.byId(plan, measureId)
                .orElseThrow(() -> new NotFoundException("measure-not-found", "This plan has no such measure."));
        if (date == null || date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InvalidInputException("invalid-date", "A reading needs a date between 1900 and 2200.");
        }
        if (value == null && status == null) {
            throw new InvalidInputException("missing-reading", "Give a value, a status, or both.");
        }
        boolean replaces = measure.progress().stream().anyMatch(p -> p.date().equals(date));
        if (!replaces && measure.progress().size() >= PlanLimits.MAX_READINGS) {
            throw new TooLargeException("too-many-readings", "A measure keeps at most " + PlanLimits.MAX_READINGS
                    + " readings.");
        }
        store.record(plan, measureId, new Progress(date, bounded(value, "value"), status));
        return store.byId(plan, measureId).orElseThrow(() -> new NotFoundException("measure-not-found",
                "This plan has no such measure."));
    }

    private DocumentView requirePlan(DocumentId plan, UserId by) {
        DocumentView view = documents.get(plan, by);
        if (view.kind() != DocumentKind.PLAN) {
            throw new ConflictException("not-a-plan", "Only plans have measures of success.");
        }
        return view;
    }

    private static String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException("missing-" + field, "The field '" + field + "' is required.");
            }
            return null;
        }
        TextRules.singleLine(value, field);
        if (value.length() > max) {
            throw new TooLargeException("too-long", "The field '" + field + "' may be at most " + max
                    + " characters.");
        }
        return value.strip();
    }

    private static Double bounded(Double value, String field) {
        if (value != null && (value.isNaN() || Math.abs(value) > PlanLimits.MAX_ABS_VALUE)) {
            throw new InvalidInputException("invalid-number", "The field '" + field + "' is out of range.");
        }
        return value;
    }
}
