package app.jointly.plan.ui;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.identity.CurrentUser;
import app.jointly.plan.Measure;
import app.jointly.plan.MeasureStatus;
import app.jointly.plan.NewMeasure;
import app.jointly.plan.PlanMeasures;
import app.jointly.shared.JointlyException;
import app.jointly.shared.UserId;
import app.jointly.ui.MainLayout;
import app.jointly.workspace.WorkspaceAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A plan's measures of success: their readings for members, adding measures and recording progress for editors. */
@Route(value = "workspaces/:workspaceId/documents/:documentId/measures", layout = MainLayout.class)
@PermitAll
class MeasuresPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentService documents;
    private final WorkspaceAccess access;
    private final PlanMeasures measures;
    private final CurrentUser currentUser;
    private final UnorderedList list = new UnorderedList();
    private final ComboBox<Measure> measure = new ComboBox<>("Measure");
    private DocumentView plan;

    MeasuresPage(DocumentService documents, WorkspaceAccess access, PlanMeasures measures, CurrentUser currentUser) {
        this.documents = documents;
        this.access = access;
        this.measures = measures;
        this.currentUser = currentUser;
        addClassName("jointly-measures-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!open(event.getRouteParameters().get("workspaceId").orElse(""),
                event.getRouteParameters().get("documentId").orElse(""))) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such plan.");
        }
    }

    /** False when the caller may not read it, it is in another workspace, or it is not a plan ("not found"). */
    boolean open(String workspaceId, String documentId) {
        Optional<DocumentView> found = documents.findIn(workspaceId, documentId, me())
                .filter(document -> document.kind() == DocumentKind.PLAN);
        if (found.isEmpty()) {
            return false;
        }
        plan = found.get();
        boolean canEdit = access.membership(plan.workspaceId(), me()).map(m -> m.role().canEdit()).orElse(false);
        removeAll();
        add(new Anchor("workspaces/" + workspaceId + "/documents/" + documentId, "Back to the plan"),
                new H1("Measures of success: " + plan.title()), list);
        if (canEdit) {
            add(new H2("Record progress"), readingForm(), new H2("Add a measure"), measureForm());
        }
        refresh();
        return true;
    }

    @Override
    public String getPageTitle() {
        return plan == null ? "Measures" : "Measures of " + plan.title();
    }

    private Div readingForm() {
        measure.setItemLabelGenerator(Measure::name);
        DatePicker date = new DatePicker("Date", LocalDate.now());
        NumberField value = new NumberField("Value (optional)");
        ComboBox<MeasureStatus> status = new ComboBox<>("Status (optional)", MeasureStatus.values());
        status.setItemLabelGenerator(MeasureStatus::label);
        Button save = new Button("Record", click -> {
            if (measure.getValue() == null) {
                Notification.show("Choose a measure.");
                return;
            }
            act(() -> measures.record(plan.id(), measure.getValue().id(), date.getValue(), value.getValue(),
                    status.getValue(), me()));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        return new Div(measure, date, value, status, save);
    }

    private Div measureForm() {
        TextField name = new TextField("Name");
        TextField unit = new TextField("Unit (optional, e.g. %)");
        NumberField baseline = new NumberField("Baseline (optional)");
        NumberField target = new NumberField("Target (optional)");
        Button add = new Button("Add measure", click -> {
            act(() -> measures.add(plan.id(), new NewMeasure(name.getValue(), unit.getValue(), baseline.getValue(),
                    target.getValue()), me()));
            name.clear();
        });
        return new Div(name, unit, baseline, target, add);
    }

    private void act(Runnable change) {
        try {
            change.run();
            refresh();
        } catch (JointlyException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void refresh() {
        List<Measure> all = measures.list(plan.id(), me());
        measure.setItems(all);
        list.removeAll();
        if (all.isEmpty()) {
            list.add(new ListItem(new Paragraph("No measures yet.")));
        }
        for (Measure m : all) {
            String latest = m.progress().isEmpty() ? "no readings yet"
                    : m.progress().get(m.progress().size() - 1).date() + ": "
                    + describe(m.progress().get(m.progress().size() - 1).value(),
                            m.progress().get(m.progress().size() - 1).status(), m.unit());
            list.add(new ListItem(m.name() + " (" + m.progress().size() + " readings; latest " + latest + ")"));
        }
    }

    private static String describe(Double value, MeasureStatus status, String unit) {
        String number = value == null ? "" : value + (unit == null || unit.isEmpty() ? "" : " " + unit);
        String word = status == null ? "" : status.label();
        return (number + (number.isEmpty() || word.isEmpty() ? "" : ", ") + word).strip();
    }

    private UserId me() {
        return currentUser.require().id();
    }
}
