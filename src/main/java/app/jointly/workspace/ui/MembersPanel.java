package app.jointly.workspace.ui;

import app.jointly.identity.UserService;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.ui.Notifications;
import app.jointly.workspace.MemberView;
import app.jointly.workspace.Party;
import app.jointly.workspace.Role;
import app.jointly.workspace.WorkspaceService;
import app.jointly.workspace.WorkspaceView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;

/** Members with role and party; owners add, change and remove them. */
class MembersPanel {

    private static final Party NO_PARTY = new Party(new PartyId("none"), "(no party)");

    private final WorkspaceService workspaces;
    private final UserService users;

    MembersPanel(WorkspaceService workspaces, UserService users) {
        this.workspaces = workspaces;
        this.users = users;
    }

    Component render(WorkspaceView workspace, UserId me, boolean owner) {
        List<Party> partyChoices = new java.util.ArrayList<>(workspace.parties());
        partyChoices.addFirst(NO_PARTY);
        Grid<MemberView> grid = new Grid<>();
        grid.addColumn(MemberView::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(MemberView::username).setHeader("Username");
        if (owner) {
            grid.addComponentColumn(m -> roleSelect(workspace, me, m)).setHeader("Role");
            grid.addComponentColumn(m -> partySelect(workspace, me, m, partyChoices)).setHeader("Party");
            grid.addComponentColumn(m -> {
                Button remove = new Button("Remove", e -> Notifications.attempt(() -> {
                    workspaces.removeMember(workspace.id(), me, m.userId());
                    Notifications.success(m.displayName() + " removed.");
                }));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                remove.setAriaLabel("Remove " + m.displayName());
                return remove;
            });
        } else {
            grid.addColumn(m -> m.role().wireName()).setHeader("Role");
            grid.addColumn(m -> m.partyName().orElse("")).setHeader("Party");
        }
        grid.setItems(workspaces.members(workspace.id(), me));
        grid.setAllRowsVisible(true);
        Div panel = new Div(grid);
        if (owner) {
            panel.add(addForm(workspace, me, partyChoices));
        }
        return panel;
    }

    private Select<Role> roleSelect(WorkspaceView workspace, UserId me, MemberView member) {
        Select<Role> role = new Select<>();
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::wireName);
        role.setValue(member.role());
        role.setAriaLabel("Role of " + member.displayName());
        role.addValueChangeListener(e -> {
            if (e.isFromClient() && !Notifications.attempt(() -> workspaces.changeMember(workspace.id(), me,
                    member.userId(), e.getValue(), member.partyId()))) {
                role.setValue(e.getOldValue());
            }
        });
        return role;
    }

    private Select<Party> partySelect(WorkspaceView workspace, UserId me, MemberView member, List<Party> choices) {
        Select<Party> party = new Select<>();
        party.setItems(choices);
        party.setItemLabelGenerator(Party::name);
        party.setValue(member.partyId().flatMap(p -> choices.stream().filter(c -> c.id().equals(p)).findFirst())
                .orElse(NO_PARTY));
        party.setAriaLabel("Party of " + member.displayName());
        party.addValueChangeListener(e -> {
            if (e.isFromClient() && !Notifications.attempt(() -> workspaces.changeMember(workspace.id(), me,
                    member.userId(), member.role(), partyOf(e.getValue())))) {
                party.setValue(e.getOldValue());
            }
        });
        return party;
    }

    private Component addForm(WorkspaceView workspace, UserId me, List<Party> choices) {
        TextField username = new TextField("Username");
        username.setMaxLength(40);
        ComboBox<Role> role = new ComboBox<>("Role", Role.values());
        role.setItemLabelGenerator(Role::wireName);
        role.setValue(Role.MEMBER);
        Select<Party> party = new Select<>();
        party.setLabel("Party");
        party.setItems(choices);
        party.setItemLabelGenerator(Party::name);
        party.setValue(NO_PARTY);
        Button add = new Button("Add member", e -> Notifications.attempt(() -> {
            UserId user = users.findByUsername(username.getValue()).map(u -> u.id())
                    .orElseThrow(() -> new InvalidInputException("unknown-user",
                            "No account is called " + username.getValue() + "."));
            workspaces.addMember(workspace.id(), me, user, role.getValue(), partyOf(party.getValue()));
            username.clear();
            Notifications.success("Member added.");
        }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(username, role, party, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private static Optional<PartyId> partyOf(Party party) {
        return party == null || party == NO_PARTY ? Optional.empty() : Optional.of(party.id());
    }
}
