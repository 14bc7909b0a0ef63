package app.jointly.identity.internal;

import app.jointly.identity.NewUser;
import app.jointly.identity.UserService;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the very first start (no accounts yet) creates the administrator. There is never a fixed default password:
 * without jointly.admin.password a random one is generated and printed once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final String username;
    private final String password;

    AdminBootstrap(UserService users, @Value("${jointly.admin.username:admin}") String username,
            @Value("${jointly.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyUserExists()) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String secret = generated ? generatePassword() : password;
        users.createAccount(new NewUser(username, secret, "Administrator", true));
        if (generated) {
            log.warn("""

                    ************************************************************
                     First start: created administrator '{}' with password
                         {}
                     It is shown only this once. Sign in and change it.
                    ************************************************************""", username, secret);
        } else {
            log.info("First start: created administrator '{}' from jointly.admin.password", username);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
