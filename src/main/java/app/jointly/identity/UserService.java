package app.jointly.identity;

import app.jointly.identity.internal.UserDocument;
import app.jointly.identity.internal.UserRepository;
import app.jointly.shared.ConflictException;
import app.jointly.shared.ForbiddenException;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.UserId;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Accounts: administrators create them, everyone changes their own password. */
@Service
public class UserService {

    static final int MAX_LOOKUP = 20_000;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** @throws ForbiddenException unless the actor is an administrator */
    public UserView create(AuthenticatedUser actor, NewUser request) {
        if (!actor.admin()) {
            throw new ForbiddenException("Only administrators create accounts.");
        }
        return createAccount(request);
    }

    /** Creates an account without an acting administrator: first start and demo data only. */
    public UserView createAccount(NewUser request) {
        String username = UserRules.username(request.username());
        String hash = passwordEncoder.encode(UserRules.password(request.password()));
        String displayName = UserRules.displayName(request.displayName(), username);
        UserDocument document = new UserDocument(UserId.newId().value(), username, displayName, hash,
                request.admin(), clock.instant(), null);
        try {
            UserDocument saved = users.insert(document);
            events.publishEvent(new UserCreated(new UserId(saved.id()), username));
            return view(saved);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("username-taken", "The username " + username + " is taken.");
        }
    }

    public void changePassword(UserId userId, String currentPassword, String newPassword) {
        UserDocument user = users.findById(userId.value()).orElseThrow(() -> new NotFoundException("No such user."));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInputException("wrong-password", "The current password is not correct.");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new InvalidInputException("same-password", "The new password must differ from the current one.");
        }
        users.save(user.withPasswordHash(passwordEncoder.encode(UserRules.password(newPassword))));
    }

    public Optional<UserView> find(UserId id) {
        return users.findById(id.value()).map(UserService::view);
    }

    public Optional<UserView> findByUsername(String username) {
        return users.findByUsername(username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT))
                .map(UserService::view);
    }

    public boolean anyUserExists() {
        return users.count() > 0;
    }

    /** Display names for ids, for showing authorship and membership; unknown ids are left out. */
    public Map<UserId, UserView> lookup(Collection<UserId> ids) {
        if (ids.size() > MAX_LOOKUP) {
            throw new InvalidInputException("too-many", "At most " + MAX_LOOKUP + " users at once.");
        }
        return users.findAllById(ids.stream().map(UserId::value).distinct().toList()).stream()
                .map(UserService::view)
                .collect(Collectors.toMap(UserView::id, Function.identity()));
    }

    /** @throws ForbiddenException unless the actor is an administrator */
    public List<UserView> listAll(AuthenticatedUser actor) {
        if (!actor.admin()) {
            throw new ForbiddenException("Only administrators list all accounts.");
        }
        return users.findAll(Sort.by("username")).stream().map(UserService::view).toList();
    }

    static UserView view(UserDocument d) {
        return new UserView(new UserId(d.id()), d.username(), d.displayName(), d.admin(), d.createdAt());
    }
}
