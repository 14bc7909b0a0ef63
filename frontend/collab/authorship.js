// Authorship: which user wrote which characters, kept as mark decorations that follow every change. Local
// typing is marked with the signed-in user; remote updates are dispatched one by one with their author set
// just before (setRemoteAuthor), so each inserted range gets the right name. Shown only when the editor has
// the class jointly-show-authors: a background tint, an underline whose style differs per author (so colour is
// not the only signal), a tooltip with the name, and a legend naming every author.
import {StateField, Transaction} from "@codemirror/state";
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

function mark(id, nameOf) {
  const color = colorFor(id);
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (Math.imul(31, h) + id.charCodeAt(i)) | 0;
  const line = LINES[Math.abs(h >> 3) % LINES.length];
  return Decoration.mark({
    class: "cm-author",
    attributes: {title: "Written by " + nameOf(id), "data-author": id,
      style: `--author-color: ${color}; --author-line: ${line}`},
  });
}

export function authorship(spans, me, nameOf) {
  return StateField.define({
    create() {
      const ranges = [];
      let pos = 0;
      for (const [len, id] of spans) {
        if (id) ranges.push(mark(id, nameOf).range(pos, pos + len));
        pos += len;
      }
      return Decoration.set(ranges, true);
    },
    update(marks, tr) {
      if (!tr.docChanged) return marks;
      marks = marks.map(tr.changes);
      const author = tr.annotation(Transaction.remote) ? remoteAuthor : me;
      if (!author) return marks;
      const inserted = [];
      tr.changes.iterChanges((fromA, toA, fromB, toB) => { if (toB > fromB) inserted.push([fromB, toB]); });
      for (const [from, to] of inserted) {
        // split marks that now cover the inserted text, so it carries one author only
        const pieces = [];
        marks.between(from, to, (f, t, deco) => {
          if (f < from) pieces.push(deco.range(f, from));
          if (t > to) pieces.push(deco.range(to, t));
        });
        marks = marks.update({
          filter: (f, t) => t <= from || f >= to,
          filterFrom: from, filterTo: to,
          add: [...pieces, mark(author, nameOf).range(from, to)], sort: true,
        });
      }
      return marks;
    },
    provide: field => EditorView.decorations.from(field),
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
