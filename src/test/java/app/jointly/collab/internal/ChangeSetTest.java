package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ChangeSetTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ChangeSet parse(String json) {
        return ChangeSetJson.read(JSON.readTree(json), 100, 1000);
    }

    @Test
    void appliesInsertionsDeletionsAndMultiLineReplacements() {
        assertThat(parse("[[0,\"a\"],3]").apply("bcd")).isEqualTo("abcd");
        assertThat(parse("[1,[2],1]").apply("abcd")).isEqualTo("ad");
        assertThat(parse("[1,[2,\"x\",\"y\"],1]").apply("abcd")).isEqualTo("ax\nyd");
        assertThat(parse("[]").apply("")).isEmpty();
        assertThat(parse("[[0,\"😀\"]]").apply("")).isEqualTo("😀");
    }

    @Test
    void writesTheSameJsonItRead() {
        for (String json : new String[] {"[[0,\"a\"],3]", "[1,[2],1]", "[1,[2,\"x\",\"\",\"y\"],1]", "[]", "[5]"}) {
            assertThat(ChangeSetJson.write(parse(json))).isEqualTo(json);
        }
    }

    @Test
    void escapesStringsForJson() {
        ChangeSet set = ChangeSet.replace(0, 0, 0, "\"q\" \\ \t \u0001 \ud83d");
        assertThat(ChangeSetJson.write(set)).isEqualTo("[[0,\"\\\"q\\\" \\\\ \\t \\u0001 \\ud83d\"]]");
        assertThat(parse(ChangeSetJson.write(set))).isEqualTo(set);
    }

    @Test
    void refusesMalformedChangeSets() {
        for (String bad : new String[] {"{}", "[-1]", "[1.5]", "[[]]", "[[1,2]]", "[\"a\"]", "[[0,\"a\\nb\"]]",
                "[2147483647,2147483647]"}) {
            assertThatThrownBy(() -> parse(bad)).as(bad).isInstanceOf(ProtocolException.class)
                    .extracting(e -> ((ProtocolException) e).code()).isEqualTo("invalid-changes");
        }
    }

    @Test
    void refusesOversizeChangeSets() {
        assertThatThrownBy(() -> parse("[[0,\"" + "x".repeat(1001) + "\"]]"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("1000");
        assertThatThrownBy(() -> parse("[" + "1,".repeat(100) + "1]"))
                .isInstanceOf(ProtocolException.class).extracting(e -> ((ProtocolException) e).code())
                .isEqualTo("too-large");
    }

    @Test
    void refusesToApplyToATextOfAnotherLength() {
        assertThatThrownBy(() -> parse("[3]").apply("ab")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersSimultaneousInsertionsByTheBeforeFlag() {
        ChangeSet a = ChangeSet.replace(2, 1, 1, "A");
        ChangeSet b = ChangeSet.replace(2, 1, 1, "B");
        assertThat(b.apply("xy")).isEqualTo("xBy");
        assertThat(a.map(b, false).apply(b.apply("xy"))).isEqualTo("xBAy");
        assertThat(a.map(b, true).apply(b.apply("xy"))).isEqualTo("xABy");
        assertThat(a.compose(b.map(a, false)).apply("xy")).isEqualTo(b.compose(a.map(b, true)).apply("xy"));
    }

    @Test
    void rebaseDropsAResentUpdateAndMovesTheRest() {
        ChangeSet first = ChangeSet.replace(3, 3, 3, "d");
        ChangeSet second = ChangeSet.replace(4, 4, 4, "e");
        ChangeSet other = ChangeSet.replace(4, 0, 0, "0");
        var over = java.util.List.of(new Update("a", first, "u", "U"), new Update("b", other, "v", "V"));
        var rebased = GroupRebase.rebase(java.util.List.of(new Update("a", first, "u", "U"),
                new Update("a", second, "u", "U")), java.util.List.of(over));
        assertThat(rebased).hasSize(1);
        assertThat(rebased.getFirst().changes().apply(other.apply(first.apply("abc")))).isEqualTo("0abcde");
    }
}
