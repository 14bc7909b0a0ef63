package app.jointly.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, with its own database (see {@link TestDatabase}) and a lone cluster
 * member. Test classes with the same configuration share one context, so tests create their own users and
 * workspaces through {@link TestApi} instead of assuming an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jointly.admin.username=admin", "jointly.admin.password=" + TestApi.ADMIN_PASSWORD})
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestApi.class)
public @interface IntegrationTest {
}
