package app.jointly.comment.internal;

import app.jointly.identity.UserService;
import app.jointly.identity.UserView;
import app.jointly.shared.UserId;
import app.jointly.workspace.Membership;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Finds {@code @username} mentions in a body and resolves them to members who can see the thread. A name that is
 * nobody, or somebody who may not see the thread (another party, for a caucus note), is not a mention: their id
 * is never stored, so they are never told.
 */
@Component
public class Mentions {

    /** A mention starts after a non-word character; trailing dots and dashes are sentence punctuation. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@.])@([\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]{0,63})");
    private static final int MAX_MENTIONS = 50;

    private final UserService users;

    Mentions(UserService users) {
        this.users = users;
    }

    /** The usernames written as {@code @name}, lower case, in order, at most 50. */
    static Set<String> names(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(body);
        while (m.find() && names.size() < MAX_MENTIONS) {
            names.add(m.group(1).replaceAll("[.-]+$", "").toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /**
     * @param members the workspace's members
     * @param canSee  whether a member may see the thread
     * @return the mentioned members' ids, in the order of the body, without the author
     */
    public List<UserId> resolve(String body, List<Membership> members, Predicate<Membership> canSee, UserId author) {
        Set<String> names = names(body);
        if (names.isEmpty()) {
            return List.of();
        }
        List<Membership> visible = members.stream().filter(canSee).filter(m -> !m.userId().equals(author)).toList();
        Map<UserId, UserView> views = users.lookup(visible.stream().map(Membership::userId).toList());
        Map<String, UserId> byName = views.values().stream().collect(Collectors.toMap(
                v -> v.username().toLowerCase(Locale.ROOT), UserView::id, (a, b) -> a));
        List<UserId> result = new ArrayList<>();
        for (String name : names) {
            UserId id = byName.get(name);
            if (id != null && !result.contains(id)) {
                result.add(id);
            }
        }
        return result;
    }
}
