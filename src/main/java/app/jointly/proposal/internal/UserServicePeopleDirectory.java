package app.jointly.proposal.internal;

import app.jointly.identity.UserService;
import app.jointly.identity.UserView;
import app.jointly.shared.UserId;
import org.springframework.stereotype.Component;

/** Display names from the identity module; an unknown user is shown by id rather than failing a sign-off. */
@Component
class UserServicePeopleDirectory implements PeopleDirectory {

    private final UserService users;

    UserServicePeopleDirectory(UserService users) {
        this.users = users;
    }

    @Override
    public String displayName(UserId user) {
        return users.find(user).map(UserView::displayName).orElse(user.value());
    }
}
