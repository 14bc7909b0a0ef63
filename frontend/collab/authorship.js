// Authorship: which user wrote which characters, kept as mark decorations that follow every change. Local
// typing is marked with the signed-in user; remote updates are dispatched one by one with their author set
// just before (setRemoteAuthor), so each inserted range gets the right name. Shown only when the editor has
// the class jointly-show-authors: a background tint, an underline whose style differs per author (so colour is
// not the only signal), a tooltip with the name, and a legend naming every author.
import {StateField, StateEffect, Transaction} from "@codemirror/state";
import {Decoration, EditorView} from "@codemirror/view";
import {colorFor} from "./colors.js";

let remoteAuthor = null;

export function setRemoteAuthor(id) {
  remoteAuthor = id;
}

/** Spans as the server sends them: [[length, userId|null], ...]. */
export function authorsFromSpans(spans) {
  return spans || [];
}

const LINES = ["solid", "dashed", "dotted", "double"];

const marks = new Map();

// One decoration per author, reused for every range they wrote, carrying only a class: the colour and underline
// style come from a CSS rule per author.
function mark(id) {
  if (marks.has(id)) return marks.get(id);
  const index = marks.size;
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (Math.imul(31, h) + id.charCodeAt(i)) | 0;
  const line = LINES[Math.abs(h >> 3) % LINES.length];
  const style = document.createElement("style");
  style.textContent = `.jointly-show-authors .cm-author-${index} { --author-color: ${colorFor(id)}; --author-line: ${line}; }`;
  document.head.append(style);
  const decoration = Decoration.mark({class: `cm-author cm-author-${index}`});
  marks.set(id, decoration);
  return decoration;
}

/** Shows or hides the authorship colours (the marks are kept either way). */
export const showAuthors = StateEffect.define();

/** Marks what the local user typed since the last pause as theirs (see below). */
export const flushMine = StateEffect.define();

// Text typed here is marked as the user's only after a pause (the editor dispatches flushMine), so the marks around
// the characters being typed do not change at every keystroke. (Typed text that landed in the wrong place was once
// blamed on these marks; the cause was the editor's root, see rootOf in jointly-editor.js.)
function splitInto(marks, from, to, author) {
  const pieces = [];
  marks.between(from, to, (f, t, deco) => {
    if (f < from) pieces.push(deco.range(f, from));
    if (t > to) pieces.push(deco.range(to, t));
  });
  return marks.update({
    filter: (f, t) => t <= from || f >= to, filterFrom: from, filterTo: to,
    add: [...pieces, mark(author).range(from, to)], sort: true,
  });
}

export function authorship(spans, me) {
  return StateField.define({
    create() {
      const ranges = [];
      let pos = 0;
      for (const [len, id] of spans) {
        if (id) ranges.push(mark(id).range(pos, pos + len));
        pos += len;
      }
      return {marks: Decoration.set(ranges, true), mine: [], shown: false};
    },
    update({marks, mine, shown}, tr) {
      for (const e of tr.effects) if (e.is(showAuthors)) shown = e.value;
      if (tr.docChanged) {
        marks = marks.map(tr.changes);
        mine = mine.map(([f, t]) => [tr.changes.mapPos(f, 1), tr.changes.mapPos(t, -1)]).filter(([f, t]) => t > f);
        const inserted = [];
        tr.changes.iterChanges((fromA, toA, fromB, toB) => { if (toB > fromB) inserted.push([fromB, toB]); });
        if (tr.annotation(Transaction.remote)) {
          if (remoteAuthor) for (const [from, to] of inserted) marks = splitInto(marks, from, to, remoteAuthor);
        } else {
          mine = mine.concat(inserted);
        }
      }
      if (mine.length && tr.effects.some(e => e.is(flushMine))) {
        for (const [from, to] of mine) marks = splitInto(marks, from, to, me);
        mine = [];
      }
      return {marks, mine, shown};
    },
    // Decorations only while shown: plain editing keeps the content free of author spans.
    provide: field => EditorView.decorations.from(field, value => value.shown ? value.marks : Decoration.none),
  });
}

export const authorTheme = EditorView.baseTheme({});

const STYLE = `
jointly-editor { display: block; }
.jointly-editor-bar { display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: center; margin-bottom: .25em;
  font-size: var(--lumo-font-size-s, .875rem); }
.jointly-editor-status::before { content: "●"; margin-right: .35em; }
.jointly-editor-status[data-state="connected"]::before, .jointly-editor-status[data-state="readonly"]::before { color: #2ca02c; }
.jointly-editor-status[data-state="offline"]::before { color: #d62728; }
.jointly-editor-status[data-state="connecting"]::before { color: #ff7f0e; }
.jointly-editor-authors-toggle { margin-left: auto; }
.jointly-editor-legend { display: flex; flex-wrap: wrap; gap: .25em 1em; list-style: none; padding: 0; margin: 0 0 .25em;
  font-size: var(--lumo-font-size-s, .875rem); }
.jointly-editor-swatch { display: inline-block; width: .9em; height: .9em; margin-right: .3em; vertical-align: middle;
  border-radius: 2px; }
.jointly-editor-host .cm-editor { border: 1px solid var(--lumo-contrast-20pct, #ccc); border-radius: 4px;
  min-height: 12em; }
.jointly-editor-host .cm-editor.cm-focused { outline: 2px solid var(--lumo-primary-color, #1f77b4); }
.jointly-show-authors .cm-author { background: color-mix(in srgb, var(--author-color) 18%, transparent);
  border-bottom: 2px var(--author-line) var(--author-color); }
`;

if (!document.getElementById("jointly-editor-style")) {
  const style = document.createElement("style");
  style.id = "jointly-editor-style";
  style.textContent = STYLE;
  document.head.append(style);
}
