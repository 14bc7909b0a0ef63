package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.collab.TextHistory.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Comment anchors through edits: the edge rule (text typed at either edge stays outside), removal, and a random
 * simulation of concurrent edits rebased as the server rebases them, where the anchors mapped in chunks and stored
 * back (as comments do) equal the anchors mapped through each change one at a time, and both equal a model that
 * follows every character of the passage.
 */
class RangeMappingTest {

    private static final String TEXT = "The employer shall pay.";

    @Test
    void textTypedAtEitherEdgeStaysOutsideTheAnchor() {
        Range employer = new Range(4, 12); // "employer"
        Range atStart = RangeMapping.map(employer, ChangeSet.replace(TEXT.length(), 4, 4, "new "));
        assertThat(atStart).isEqualTo(new Range(8, 16));
        Range atEnd = RangeMapping.map(employer, ChangeSet.replace(TEXT.length(), 12, 12, "s"));
        assertThat(atEnd).isEqualTo(new Range(4, 12));
        Range inside = RangeMapping.map(employer, ChangeSet.replace(TEXT.length(), 6, 6, "XX"));
        assertThat(inside).isEqualTo(new Range(4, 14));
    }

    @Test
    void aPassageDeletedWholeIsRemovedAndStaysRemovedWhenTextIsTypedThere() {
        Range employer = new Range(4, 12);
        ChangeSet deleteIt = ChangeSet.replace(TEXT.length(), 3, 13, "");
        Range removed = RangeMapping.map(employer, deleteIt);
        assertThat(removed).isEqualTo(new Range(3, 3, true));
        String after = deleteIt.apply(TEXT);
        Range typedThere = RangeMapping.map(removed, ChangeSet.replace(after.length(), 3, 3, " district "));
        assertThat(typedThere.removed()).isTrue();
        assertThat(typedThere.from()).isEqualTo(typedThere.to());
    }

    @Test
    void aPartlyDeletedPassageKeepsWhatIsLeft() {
        Range employer = new Range(4, 12);
        Range shrunk = RangeMapping.map(employer, ChangeSet.replace(TEXT.length(), 0, 7, ""));
        assertThat(shrunk).isEqualTo(new Range(0, 5));
        assertThat(ChangeSet.replace(TEXT.length(), 0, 7, "").apply(TEXT).substring(0, 5)).isEqualTo("loyer");
    }

    @Test
    void concurrentEditsMapAnchorsInChunksExactlyAsOneChangeAtATimeAndAsTheCharactersMove() {
        int removedSeen = 0;
        int movedSeen = 0;
        for (long seed = 0; seed < 1_500; seed++) {
            Random random = new Random(seed);
            Simulation sim = new Simulation(random);
            sim.run(40);
            List<Range> oneAtATime = RangeMapping.map(sim.anchors, sim.log);
            List<Range> chunked = sim.anchors;
            for (int at = 0; at < sim.log.size(); ) {
                int next = Math.min(sim.log.size(), at + 1 + random.nextInt(6));
                chunked = RangeMapping.map(chunked, sim.log.subList(at, next)); // stored back, then mapped on
                at = next;
            }
            assertThat(chunked).as("seed %d", seed).isEqualTo(oneAtATime);
            for (int i = 0; i < oneAtATime.size(); i++) {
                Range mapped = oneAtATime.get(i);
                Range expected = sim.models.get(i).range();
                assertThat(mapped.removed()).as("seed %d anchor %d", seed, i).isEqualTo(expected == null);
                if (expected != null) {
                    assertThat(mapped).as("seed %d anchor %d", seed, i).isEqualTo(expected);
                    movedSeen += mapped.equals(sim.anchors.get(i)) ? 0 : 1;
                } else {
                    removedSeen++;
                }
            }
        }
        // the simulation must have moved anchors and removed passages, or it proves nothing
        assertThat(removedSeen).isGreaterThan(100);
        assertThat(movedSeen).isGreaterThan(1_000);
    }

    /** Clients edit concurrently from stale versions; the server rebases each edit over what it accepted since. */
    private static final class Simulation {
        final Random random;
        final List<ChangeSet> log = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final List<Range> anchors = new ArrayList<>();
        final List<PassageModel> models = new ArrayList<>();

        Simulation(Random random) {
            this.random = random;
            String text = ChangeSetPropertyTest.randomText(random, 10 + random.nextInt(30));
            texts.add(text);
            for (int i = 0; i < 4; i++) {
                int from = random.nextInt(text.length());
                int to = from + 1 + random.nextInt(Math.min(8, text.length() - from));
                anchors.add(new Range(from, to));
                models.add(new PassageModel(text.length(), from, to));
            }
        }

        void run(int edits) {
            for (int i = 0; i < edits; i++) {
                int base = Math.max(0, log.size() - random.nextInt(4)); // made on a stale version
                ChangeSet edit = pureEdit(texts.get(base).length());
                for (ChangeSet since : log.subList(base, log.size())) {
                    edit = edit.map(since, false);
                }
                ChangeSet accepted = edit;
                log.add(accepted);
                texts.add(accepted.apply(texts.getLast()));
                models.forEach(m -> m.apply(accepted));
            }
        }

        /** An insertion or a deletion (not both), so the character model below is exact. */
        private ChangeSet pureEdit(int length) {
            int from = random.nextInt(length + 1);
            if (length > 0 && random.nextInt(5) < 2) {
                int to = Math.min(length, from + 1 + random.nextInt(6));
                return ChangeSet.replace(length, Math.min(from, length - 1), to, "");
            }
            return ChangeSet.replace(length, from, from, ChangeSetPropertyTest.randomText(random, 1 + random.nextInt(3)));
        }
    }

    /**
     * Which characters belong to the passage: the ones it started with, and text typed strictly inside it; typed
     * at an edge it stays outside. Empty once every one of them is deleted.
     */
    private static final class PassageModel {
        private List<Boolean> inPassage = new ArrayList<>();
        private boolean gone;

        PassageModel(int length, int from, int to) {
            for (int i = 0; i < length; i++) {
                inPassage.add(i >= from && i < to);
            }
        }

        void apply(ChangeSet change) {
            List<Boolean> next = new ArrayList<>();
            int pos = 0;
            for (int s = 0; s < change.sectionCount(); s++) {
                int len = change.sectionLength(s);
                int ins = change.sectionInsert(s);
                if (ins < 0) {
                    next.addAll(inPassage.subList(pos, pos + len));
                } else {
                    boolean inside = !gone && len == 0 && pos > 0 && pos < inPassage.size()
                            && inPassage.get(pos - 1) && inPassage.get(pos);
                    for (int i = 0; i < ins; i++) {
                        next.add(inside);
                    }
                }
                pos += len;
            }
            inPassage = next;
            gone = gone || !inPassage.contains(true);
        }

        /** The passage's range now, or null once removed. */
        Range range() {
            if (gone) {
                return null;
            }
            return new Range(inPassage.indexOf(true), inPassage.lastIndexOf(true) + 1);
        }
    }
}
