package app.jointly.plan.internal;

import app.jointly.document.DocumentService;
import app.jointly.plan.PlanMeasures;
import app.jointly.workspace.WorkspaceAccess;
import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Builds the real measures service on a test database, for tests outside this package. */
public final class PlanTesting {

    private PlanTesting() {
    }

    public static PlanMeasures measures(DocumentService documents, WorkspaceAccess access, MongoTemplate mongo) {
        return new DefaultPlanMeasures(documents, access, new MeasureStore(mongo), Clock.systemUTC());
    }
}
