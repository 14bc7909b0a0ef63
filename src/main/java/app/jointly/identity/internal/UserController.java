package app.jointly.identity.internal;

import app.jointly.identity.CurrentUser;
import app.jointly.identity.NewUser;
import app.jointly.identity.UserService;
import app.jointly.identity.UserView;
import app.jointly.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UserController {

    private final UserService users;
    private final CurrentUser currentUser;

    UserController(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    record CreateUserRequest(String username, String password, String displayName, Boolean admin) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (administrators only)")
    UserView create(@RequestBody CreateUserRequest request) {
        return users.create(currentUser.require(), new NewUser(request.username(), request.password(),
                request.displayName(), Boolean.TRUE.equals(request.admin())));
    }

    @GetMapping
    @Operation(summary = "List all accounts (administrators only)")
    List<UserView> list() {
        return users.listAll(currentUser.require());
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in account")
    UserView me() {
        return users.find(currentUser.require().id()).orElseThrow(() -> new NotFoundException("No such user."));
    }

    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change your own password")
    void changePassword(@RequestBody PasswordChange change) {
        users.changePassword(currentUser.require().id(), change.currentPassword(), change.newPassword());
    }
}
