package app.jointly.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void readsWireNames() {
        assertThat(Role.fromWire("Lead")).isEqualTo(Role.LEAD);
        assertThat(Role.OBSERVER.wireName()).isEqualTo("observer");
        assertThatThrownBy(() -> Role.fromWire("admin")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Role.fromWire(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyDraftingRolesEdit() {
        assertThat(Role.MEMBER.canEdit()).isTrue();
        assertThat(Role.COMMENTER.canEdit()).isFalse();
        assertThat(Role.COMMENTER.canComment()).isTrue();
        assertThat(Role.OBSERVER.canComment()).isFalse();
        assertThat(Role.LEAD.canAdminister()).isFalse();
    }
}
