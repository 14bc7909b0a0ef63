package app.jointly.comment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.jointly.identity.UserService;
import app.jointly.identity.UserView;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MentionsTest {

    private final WorkspaceId ws = WorkspaceId.newId();
    private final PartyId union = new PartyId("union");
    private final Membership author = member("ana", Optional.of(union));
    private final Membership lead = member("ben.lee", Optional.of(union));
    private final Membership district = member("cho", Optional.of(new PartyId("district")));
    private final List<Membership> members = List.of(author, lead, district);
    private final Map<UserId, String> names = Map.of(author.userId(), "ana", lead.userId(), "ben.lee",
            district.userId(), "cho");
    private final UserService users = mock(UserService.class);
    private final Mentions mentions = new Mentions(users);

    private Membership member(String name, Optional<PartyId> party) {
        return new Membership(ws, UserId.newId(), Role.MEMBER, party);
    }

    @SuppressWarnings("unchecked")
    private void stubUsers() {
        when(users.lookup(any())).thenAnswer(call -> ((Collection<UserId>) call.getArgument(0)).stream()
                .collect(Collectors.toMap(id -> id, id -> new UserView(id, names.get(id), names.get(id), false,
                        Instant.EPOCH))));
    }

    @Test
    void findsNamesAfterAnAtSignButNotInsideAddressesAndDropsSentencePunctuation() {
        assertThat(Mentions.names("Ask @Ben.Lee. Or @cho, not mail@cho.org or @@x")).containsExactly("ben.lee", "cho");
    }

    @Test
    void mentionsOnlyMembersWhoCanSeeTheThreadAndNeverTheAuthor() {
        stubUsers();
        String body = "@ben.lee and @cho and @ana and @nobody";
        assertThat(mentions.resolve(body, members, m -> true, author.userId()))
                .containsExactly(lead.userId(), district.userId());
        assertThat(mentions.resolve(body, members, m -> m.inParty(union), author.userId()))
                .containsExactly(lead.userId());
    }
}
