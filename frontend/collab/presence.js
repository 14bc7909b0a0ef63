// Remote cursors and selections: one entry per connection (session), mapped through every change so they stay
// in place while others type. They are drawn in a layer over the text (like CodeMirror's own cursor), so the
// editable content holds only the text.
import {StateField, StateEffect, EditorSelection} from "@codemirror/state";
import {EditorView, layer, RectangleMarker} from "@codemirror/view";
import {PALETTE} from "./colors.js";

export const setPresence = StateEffect.define();
export const removePresence = StateEffect.define();

function clamp(pos, length) {
  return Math.max(0, Math.min(length, pos | 0));
}

export const presenceField = StateField.define({
  create() {
    return [];
  },
  update(people, tr) {
    if (tr.docChanged) {
      people = people.map(p => ({...p, anchor: tr.changes.mapPos(clamp(p.anchor, tr.startState.doc.length)),
        head: tr.changes.mapPos(clamp(p.head, tr.startState.doc.length))}));
    }
    for (const effect of tr.effects) {
      if (effect.is(setPresence)) {
        const p = effect.value;
        people = people.filter(q => q.session !== p.session).concat([{session: p.session, user: p.user,
          anchor: clamp(p.anchor, tr.state.doc.length), head: clamp(p.head, tr.state.doc.length)}]);
      } else if (effect.is(removePresence)) {
        people = people.filter(q => q.session !== effect.value);
      }
    }
    return people;
  },
});

class CaretMarker {
  constructor(left, top, height, name, color) {
    this.left = left;
    this.top = top;
    this.height = height;
    this.name = name;
    this.color = color;
  }
  draw() {
    const el = document.createElement("div");
    this.adjust(el);
    return el;
  }
  update(el, prev) {
    if (prev.name !== this.name || prev.color !== this.color) return false;
    this.adjust(el);
    return true;
  }
  adjust(el) {
    el.className = "cm-remote-caret";
    el.style.left = this.left + "px";
    el.style.top = this.top + "px";
    el.style.height = this.height + "px";
    el.style.borderColor = this.color;
    el.style.setProperty("--remote-color", this.color);
    el.dataset.name = this.name;
    el.setAttribute("aria-label", this.name + "'s cursor");
  }
  eq(other) {
    return other.left === this.left && other.top === this.top && other.height === this.height
      && other.name === this.name && other.color === this.color;
  }
}

function base(view) {
  const rect = view.scrollDOM.getBoundingClientRect();
  return {left: rect.left - view.scrollDOM.scrollLeft, top: rect.top - view.scrollDOM.scrollTop};
}

const presenceLayer = layer({
  above: true,
  class: "cm-remote-layer",
  update: update => update.docChanged || update.geometryChanged || update.viewportChanged
    || update.transactions.some(tr => tr.effects.some(e => e.is(setPresence) || e.is(removePresence))),
  markers(view) {
    const markers = [];
    const origin = base(view);
    for (const p of view.state.field(presenceField)) {
      const index = Math.max(0, PALETTE.indexOf(p.user.color));
      if (p.anchor !== p.head) {
        markers.push(...RectangleMarker.forRange(view, "cm-remote-selection cm-remote-selection-" + index,
          EditorSelection.range(p.anchor, p.head)));
      }
      const coords = view.coordsAtPos(p.head);
      if (coords) {
        markers.push(new CaretMarker(coords.left - origin.left, coords.top - origin.top, coords.bottom - coords.top,
          p.user.name, p.user.color));
      }
    }
    return markers;
  },
});

const selectionColours = {};
PALETTE.forEach((color, i) => {
  selectionColours[".cm-remote-selection-" + i] = {background: `color-mix(in srgb, ${color} 25%, transparent)`};
});

export const presenceTheme = [presenceLayer, EditorView.baseTheme({
  // room above the first line for the name label of a cursor there
  ".cm-content": {paddingTop: "1.2em"},
  ".cm-remote-caret": {position: "absolute", borderLeft: "2px solid", marginLeft: "-1px", pointerEvents: "none"},
  ".cm-remote-caret::after": {content: "attr(data-name)", position: "absolute", top: "-1.3em", left: "-2px",
    fontSize: "70%", color: "white", background: "var(--remote-color)", padding: "0 3px", borderRadius: "3px",
    whiteSpace: "nowrap"},
  ...selectionColours,
})];
