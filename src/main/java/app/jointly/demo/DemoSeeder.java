package app.jointly.demo;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.identity.NewUser;
import app.jointly.identity.UserService;
import app.jointly.identity.UserView;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.workspace.Party;
import app.jointly.workspace.Role;
import app.jointly.workspace.WorkspaceService;
import app.jointly.workspace.WorkspaceView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code jointly.demo=true}, on a start where the demo accounts do not exist yet, creates them (with one
 * generated password, logged once), the workspace "Jeffco District and JCEA" with the parties District, Union and
 * Board, and four documents: a compact, a shared vision, a conference plan and a contract; the plan gets progress
 * on its measures, a presentation link (logged with the password) and a few visitor comments.
 */
@Component
@ConditionalOnProperty(name = "jointly.demo", havingValue = "true")
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class DemoSeeder implements ApplicationRunner {

    static final String WORKSPACE_NAME = "Jeffco District and JCEA";
    static final String FACILITATOR = "facilitator";

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final UserService users;
    private final WorkspaceService workspaces;
    private final DocumentService documents;
    private final DemoPresentation presentation;
    private final Environment environment;
    private final DemoComments comments;

    DemoSeeder(UserService users, WorkspaceService workspaces, DocumentService documents,
               DemoPresentation presentation, Environment environment, DemoComments comments) {
        this.users = users;
        this.workspaces = workspaces;
        this.documents = documents;
        this.presentation = presentation;
        this.environment = environment;
        this.comments = comments;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.findByUsername(FACILITATOR).isPresent()) {
            log.info("Demo mode: the demo workspace exists already; leaving it as it is.");
            return;
        }
        String password = generatePassword();
        UserId facilitator = account(FACILITATOR, "Morgan Ellis (facilitator)", password);
        UserId districtLead = account("district-lead", "Dana Reyes (District)", password);
        UserId unionLead = account("union-lead", "Jordan Okafor (Union)", password);
        UserId boardPresident = account("board-president", "Sam Whitfield (Board)", password);
        UserId teacher = account("teacher", "Alex Moreno (teacher)", password);

        WorkspaceView workspace = workspaces.create(facilitator, WORKSPACE_NAME, List.of("District", "Union", "Board"));
        workspaces.addMember(workspace.id(), facilitator, districtLead, Role.LEAD, party(workspace, "District"));
        workspaces.addMember(workspace.id(), facilitator, unionLead, Role.LEAD, party(workspace, "Union"));
        workspaces.addMember(workspace.id(), facilitator, boardPresident, Role.LEAD, party(workspace, "Board"));
        workspaces.addMember(workspace.id(), facilitator, teacher, Role.MEMBER, party(workspace, "Union"));

        List<DocumentView> created = new ArrayList<>();
        for (DemoDocument document : List.of(
                DemoDocument.fromClasspath("/demo/compact.md", DocumentKind.COMPACT),
                DemoDocument.fromClasspath("/demo/shared-vision.md", DocumentKind.SHARED_VISION),
                DemoDocument.fromClasspath("/demo/plan.md", DocumentKind.PLAN),
                DemoDocument.fromClasspath("/demo/contract.md", DocumentKind.CONTRACT))) {
            created.add(documents.create(workspace.id(), document.title(), document.kind(), document.sections(),
                    facilitator));
        }
        comments.seed(workspace.id(), created.get(0), created.get(1), created.get(3), new DemoComments.People(
                facilitator, districtLead, unionLead, boardPresident, teacher));
        // The token is stored only hashed, so this one start is the only time the link can be told.
        String presentationUrl = "http://localhost:" + environment.getProperty("local.server.port", "8080")
                + presentation.prepare(created.get(2), facilitator);
        log.warn("""

                ************************************************************
                 DEMO MODE (demo only: never use these accounts for real work)
                 Workspace "{}" with accounts
                   facilitator, district-lead, union-lead, board-president, teacher
                 all with the password
                     {}
                 The conference plan's presentation link (no account needed):
                     {}
                 Both are shown only this once.
                ************************************************************""", WORKSPACE_NAME, password,
                presentationUrl);
    }

    private UserId account(String username, String displayName, String password) {
        UserView created = users.createAccount(new NewUser(username, password, displayName, false));
        return created.id();
    }

    private static Optional<PartyId> party(WorkspaceView workspace, String name) {
        return workspace.parties().stream().filter(p -> p.name().equals(name)).map(Party::id).findFirst();
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
