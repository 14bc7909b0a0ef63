package app.jointly.plan.internal;

import app.jointly.identity.CurrentUser;
import app.jointly.plan.Measure;
import app.jointly.plan.MeasureStatus;
import app.jointly.plan.NewMeasure;
import app.jointly.plan.PlanMeasures;
import app.jointly.plan.Progress;
import app.jointly.shared.DocumentId;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A plan's measures of success and their readings. */
@RestController
@RequestMapping("/api/v1/documents/{documentId}/measures")
@Tag(name = "Plan measures", description = "Measures of success of a plan and their progress")
class MeasureController {

    record MeasureInput(String name, String unit, Double baseline, Double target) {
    }

    record ReadingInput(String date, Double value, String status) {
    }

    record ReadingJson(String date, Double value, String status) {
        static ReadingJson of(Progress p) {
            return new ReadingJson(p.date().toString(), p.value(), p.status() == null ? null : p.status().wireName());
        }
    }

    record MeasureJson(String id, String name, String unit, Double baseline, Double target,
                       List<ReadingJson> progress) {
        static MeasureJson of(Measure m) {
            return new MeasureJson(m.id(), m.name(), m.unit(), m.baseline(), m.target(),
                    m.progress().stream().map(ReadingJson::of).toList());
        }
    }

    private final PlanMeasures measures;
    private final CurrentUser currentUser;

    MeasureController(PlanMeasures measures, CurrentUser currentUser) {
        this.measures = measures;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "List a plan's measures with their readings, oldest first")
    List<MeasureJson> list(@PathVariable String documentId) {
        return measures.list(new DocumentId(documentId), caller()).stream().map(MeasureJson::of).toList();
    }

    @PostMapping
    @Operation(summary = "Add a measure of success to a plan")
    ResponseEntity<MeasureJson> add(@PathVariable String documentId, @RequestBody MeasureInput body) {
        Measure created = measures.add(new DocumentId(documentId),
                new NewMeasure(body.name(), body.unit(), body.baseline(), body.target()), caller());
        return ResponseEntity.created(URI.create("/api/v1/documents/" + documentId + "/measures"))
                .body(MeasureJson.of(created));
    }

    @PostMapping("/{measureId}/progress")
    @Operation(summary = "Record a dated value and/or status of a measure (replaces that date's reading)")
    MeasureJson record(@PathVariable String documentId, @PathVariable String measureId,
                       @RequestBody ReadingInput body) {
        MeasureStatus status = body.status() == null ? null : MeasureStatus.fromWire(body.status());
        return MeasureJson.of(measures.record(new DocumentId(documentId), measureId, date(body.date()), body.value(),
                status, caller()));
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() != 10) {
            throw new InvalidInputException("invalid-date", "The date must be written YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-date", "The date must be written YYYY-MM-DD.");
        }
    }

    private UserId caller() {
        return currentUser.require().id();
    }
}
