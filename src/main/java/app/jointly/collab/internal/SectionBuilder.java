package app.jointly.collab.internal;

import java.util.Arrays;

/**
 * Accumulates sections and inserted texts while composing or mapping, joining neighbours the way CodeMirror
 * does (so that both sides end with the same section structure).
 */
final class SectionBuilder {

    private int[] sections = new int[16];
    private int size;
    private String[] texts = new String[8];
    private int textCount;

    int size() {
        return size;
    }

    /** Adds a section of {@code len} old characters replaced by {@code ins} (-1: unchanged). */
    void add(int len, int ins, boolean forceJoin) {
        if (len == 0 && ins <= 0) {
            return;
        }
        int last = size - 2;
        if (last >= 0 && ins <= 0 && ins == sections[last + 1]) {
            sections[last] += len;
        } else if (last >= 0 && len == 0 && sections[last] == 0) {
            sections[last + 1] += ins;
        } else if (forceJoin && last >= 0) {
            sections[last] += len;
            sections[last + 1] += ins;
        } else {
            if (size + 2 > sections.length) {
                sections = Arrays.copyOf(sections, sections.length * 2);
            }
            sections[size++] = len;
            sections[size++] = ins;
        }
    }

    /** Attaches inserted text to the last section added (appending when it already has some). */
    void addText(String value) {
        if (value.isEmpty()) {
            return;
        }
        int index = (size - 2) >> 1;
        if (index < textCount) {
            texts[textCount - 1] = texts[textCount - 1] + value;
            return;
        }
        while (textCount < index) {
            push("");
        }
        push(value);
    }

    private void push(String value) {
        if (textCount == texts.length) {
            texts = Arrays.copyOf(texts, texts.length * 2);
        }
        texts[textCount++] = value;
    }

    ChangeSet build() {
        return new ChangeSet(Arrays.copyOf(sections, size), Arrays.copyOf(texts, textCount));
    }
}
