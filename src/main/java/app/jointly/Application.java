package app.jointly;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Jointly: a collaborative negotiation and shared-decision workspace. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
