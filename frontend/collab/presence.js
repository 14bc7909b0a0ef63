// Remote cursors and selections: one entry per connection (session), mapped through every change so they stay
// in place while others type; each shows the person's name beside the caret.
import {StateField, StateEffect} from "@codemirror/state";
import {Decoration, EditorView, WidgetType} from "@codemirror/view";

export const setPresence = StateEffect.define();
export const removePresence = StateEffect.define();

class CaretWidget extends WidgetType {
  constructor(name, color) {
    super();
    this.name = name;
    this.color = color;
  }
  eq(other) {
    return other.name === this.name && other.color === this.color;
  }
  toDOM() {
    const caret = document.createElement("span");
    caret.className = "cm-remote-caret";
    caret.style.borderColor = this.color;
    const label = document.createElement("span");
    label.className = "cm-remote-name";
    label.style.background = this.color;
    label.textContent = this.name;
    caret.append(label);
    caret.setAttribute("aria-label", this.name + "'s cursor");
    return caret;
  }
  ignoreEvent() {
    return true;
  }
}

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
  provide: field => EditorView.decorations.compute([field], state => {
    const ranges = [];
    for (const p of state.field(field)) {
      const from = Math.min(p.anchor, p.head), to = Math.max(p.anchor, p.head);
      if (to > from) {
        ranges.push(Decoration.mark({class: "cm-remote-selection",
          attributes: {style: `background: color-mix(in srgb, ${p.user.color} 25%, transparent)`,
            title: p.user.name + "'s selection"}}).range(from, to));
      }
      ranges.push(Decoration.widget({widget: new CaretWidget(p.user.name, p.user.color), side: 1}).range(p.head));
    }
    return Decoration.set(ranges, true);
  }),
});

export const presenceTheme = EditorView.baseTheme({
  ".cm-remote-caret": {position: "relative", borderLeft: "2px solid", marginLeft: "-1px", marginRight: "-1px"},
  ".cm-remote-name": {position: "absolute", top: "-1.3em", left: "-2px", fontSize: "70%", color: "white",
    padding: "0 3px", borderRadius: "3px", whiteSpace: "nowrap", pointerEvents: "none", zIndex: "10"},
});
