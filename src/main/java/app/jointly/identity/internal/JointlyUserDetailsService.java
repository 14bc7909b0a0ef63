package app.jointly.identity.internal;

import app.jointly.identity.AuthenticatedUser;
import app.jointly.identity.JointlyPrincipal;
import app.jointly.shared.UserId;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class JointlyUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    JointlyUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        UserDocument user = users.findByUsername(key)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return new JointlyPrincipal(
                new AuthenticatedUser(new UserId(user.id()), user.username(), user.displayName(), user.admin()),
                user.passwordHash());
    }
}
