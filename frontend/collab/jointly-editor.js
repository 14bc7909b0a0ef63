// <jointly-editor doc="SECTION_ID">: a CodeMirror 6 Markdown editor co-edited in real time over /api/v1/collab
// (protocol: docs/protocol.md). Typing is applied locally at once and never waits for the network; the
// @codemirror/collab extension keeps the unconfirmed updates, which are pushed whenever the socket is up.
import {EditorState, Transaction, ChangeSet, Compartment} from "@codemirror/state";
import {EditorView, keymap} from "@codemirror/view";
import {collab, receiveUpdates, sendableUpdates, getSyncedVersion, getClientID} from "@codemirror/collab";
import {markdown} from "@codemirror/lang-markdown";
import {history, defaultKeymap, historyKeymap} from "@codemirror/commands";
import {authorship, authorTheme, setRemoteAuthor, authorsFromSpans, flushMine, showAuthors} from "./authorship.js";
import {presenceField, setPresence, removePresence, presenceTheme} from "./presence.js";
import {colorFor} from "./colors.js";

const STATES = {
  connecting: "Connecting…",
  connected: "Connected: changes are shared live",
  offline: "Offline: keep typing, your changes will be sent when the connection is back",
  readonly: "Connected (read only)",
  locked: "Read only: this article is a tentative agreement; a change needs a new proposal",
};

// The document or shadow root the element is in, for CodeMirror. It must be given: CodeMirror finds it by walking
// up through assigned slots, and Vaadin's app layout puts the page (light DOM, where this element is) into a slot of
// its shadow root, so CodeMirror took that shadow root. Its activeElement is null, so the view never knew it had
// the focus and never put the browser's caret back after a remote change rewrote the line's text node: the caret
// fell to the start (or end) of the text node, and what the user typed next landed there.
function rootOf(element) {
  const root = element.getRootNode();
  return root instanceof Document || root instanceof ShadowRoot ? root : document;
}

class JointlyEditor extends HTMLElement {
  /** Whether the text can be typed into: changes when a tentative agreement locks or a reopen frees it. */
  editability = new Compartment();

  connectedCallback() {
    if (this._started) {
      // moved, or detached and attached again: the socket was closed on the way out
      if (this.view) this.view.setRoot(rootOf(this));
      if (this._closing) {
        this._closing = false;
        this.inFlight = null;
        this.setStatus("connecting");
        this.connect();
      }
      return;
    }
    this._started = true;
    this.doc = this.getAttribute("doc");
    this.view = null;
    this.inFlight = null;
    this.retry = 0;
    this.authorNames = {};
    this.showAuthors = false;
    this.renderFrame();
    this.connect();
  }

  disconnectedCallback() {
    this._closing = true;
    if (this.socket) this.socket.close();
    clearTimeout(this.reconnectTimer);
  }

  renderFrame() {
    this.classList.add("jointly-editor");
    this.innerHTML = "";
    const bar = document.createElement("div");
    bar.className = "jointly-editor-bar";
    this.status = document.createElement("span");
    this.status.className = "jointly-editor-status";
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");
    this.people = document.createElement("span");
    this.people.className = "jointly-editor-people";
    this.people.setAttribute("aria-label", "People in this text");
    this.toggle = document.createElement("button");
    this.toggle.type = "button";
    this.toggle.className = "jointly-editor-authors-toggle";
    this.toggle.textContent = "Show authors";
    this.toggle.setAttribute("aria-pressed", "false");
    this.toggle.addEventListener("click", () => this.setShowAuthors(!this.showAuthors));
    bar.append(this.status, this.people, this.toggle);
    this.legend = document.createElement("ul");
    this.legend.className = "jointly-editor-legend";
    this.legend.hidden = true;
    this.legend.setAttribute("aria-label", "Authors");
    this.host = document.createElement("div");
    this.host.className = "jointly-editor-host";
    this.append(bar, this.legend, this.host);
    this.setStatus("connecting");
  }

  setStatus(state) {
    this.connection = state;
    this.status.textContent = STATES[state];
    this.status.dataset.state = state;
    this.dataset.connection = state;
  }

  setShowAuthors(on) {
    this.showAuthors = on;
    this.toggle.setAttribute("aria-pressed", String(on));
    this.toggle.textContent = on ? "Hide authors" : "Show authors";
    this.legend.hidden = !on;
    this.classList.toggle("jointly-show-authors", on);
    if (this.view) this.view.dispatch({effects: [flushMine.of(null), showAuthors.of(on)]});
    this.renderLegend();
  }

  renderLegend() {
    this.legend.innerHTML = "";
    const names = {...this.authorNames};
    for (const [id, name] of Object.entries(names)) {
      const li = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "jointly-editor-swatch";
      swatch.style.background = colorFor(id);
      swatch.setAttribute("aria-hidden", "true");
      li.append(swatch, document.createTextNode(name));
      this.legend.append(li);
    }
    const original = document.createElement("li");
    original.textContent = "Unmarked: text from before co-editing";
    this.legend.append(original);
  }

  connect() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const socket = new WebSocket(`${scheme}//${location.host}/api/v1/collab`);
    this.socket = socket;
    socket.onopen = () => {
      this.retry = 0;
      this.isJoined = false;
      this.send({type: "join", doc: this.doc});
    };
    socket.onmessage = event => {
      if (this.socket === socket) this.receive(JSON.parse(event.data));
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.inFlight = null;
      if (this._closing) return;
      this.setStatus("offline");
      this.reconnectTimer = setTimeout(() => this.connect(), Math.min(10000, 500 * 2 ** this.retry++));
    };
  }

  send(message) {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  receive(message) {
    switch (message.type) {
      case "joined": return this.joined(message);
      case "updates": return this.updates(message);
      case "pushed": return this.pushed(message);
      case "presence": return this.presence(message);
      case "left": return this.left(message);
      case "error": return this.error(message);
      case "lock": return this.lock(message.locked);
    }
  }

  joined(message) {
    this.isJoined = true;
    this.canEdit = message.canEdit;
    this.me = message.you;
    Object.assign(this.authorNames, message.authorNames);
    this.authorNames[this.me.id] = this.me.name;
    if (!this.view) {
      this.createView(message);
    } else {
      this.view.dispatch({effects: this.editability.reconfigure(editability(message.canEdit))});
    }
    if (this.view && getSyncedVersion(this.view.state) < message.version) {
      // back after a disconnection: catch up first, then send what was typed meanwhile
      this.send({type: "pull", doc: this.doc, version: getSyncedVersion(this.view.state)});
    }
    this.setStatus(this.canEdit ? "connected" : message.locked ? "locked" : "readonly");
    for (const p of message.presence || []) this.presence(p);
    this.renderLegend();
    this.sendPresence();
    this.maybePush();
  }

  createView(message) {
    const editor = this;
    const state = EditorState.create({
      doc: message.text,
      extensions: [
        collab({startVersion: message.version}),
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        markdown(),
        EditorView.lineWrapping,
        this.editability.of(editability(message.canEdit)),
        EditorView.contentAttributes.of({"aria-label": "Section text (Markdown), edited together"}),
        authorship(authorsFromSpans(message.authors), this.me.id),
        authorTheme,
        presenceField,
        presenceTheme,
        EditorView.updateListener.of(update => {
          if (update.docChanged) {
            // the last few changes, for diagnosing from tests and the browser console
            editor.recentChanges = (editor.recentChanges || []).slice(-40).concat([{
              remote: update.transactions.some(tr => tr.annotation(Transaction.remote)),
              changes: JSON.stringify(update.changes.toJSON()), head: update.state.selection.main.head}]);
          }
          if (update.docChanged && !update.transactions.some(tr => tr.annotation(Transaction.remote))) {
            editor.maybePush();
            clearTimeout(editor.authorTimer);
            editor.authorTimer = setTimeout(() => editor.view.dispatch({effects: flushMine.of(null)}), 700);
          }
          if (update.selectionSet || update.docChanged) editor.schedulePresence();
        }),
      ],
    });
    this.view = new EditorView({state, parent: this.host, root: rootOf(this)});
  }

  updates(message) {
    if (!this.view) return;
    const synced = getSyncedVersion(this.view.state);
    if (message.version > synced) {
      // a gap (messages crossed a reconnection): ask for what is missing
      this.send({type: "pull", doc: this.doc, version: synced});
      return;
    }
    const fresh = message.updates.slice(synced - message.version);
    if (fresh.length) {
      // A message holds one push's updates (one author), and must be received in one call: the server rebases a
      // stale push exactly as receiveUpdates maps it over each message (docs/protocol.md).
      for (const u of fresh) if (u.userId && u.userName) this.authorNames[u.userId] = u.userName;
      setRemoteAuthor(fresh[0].userId);
      this.view.dispatch(receiveUpdates(this.view.state,
        fresh.map(u => ({changes: ChangeSet.fromJSON(u.changes), clientID: u.clientID}))));
      setRemoteAuthor(null);
    }
    if (fresh.length && this.showAuthors) this.renderLegend();
    // Our cursor as last sent may count characters of ours the others had not received yet (presence travels
    // faster than a durable update), and they would then shift it once more when the update came. Now that the
    // server has sent these updates to everyone, send it again.
    const mine = getClientID(this.view.state);
    if (fresh.some(u => u.clientID === mine)) this.schedulePresence();
    this.maybePush();
  }

  maybePush() {
    if (!this.view || !this.canEdit || this.inFlight) return;
    // at most 500 updates per push (the server's limit): after a long time offline the rest follow
    const pending = sendableUpdates(this.view.state).slice(0, 500);
    if (!pending.length) return;
    const version = getSyncedVersion(this.view.state);
    const sent = this.send({type: "push", doc: this.doc, version,
      updates: pending.map(u => ({clientID: u.clientID, changes: u.changes.toJSON()}))});
    if (sent) {
      this.inFlight = {version, at: Date.now()};
      clearTimeout(this.pushTimer);
      this.pushTimer = setTimeout(() => { this.inFlight = null; this.maybePush(); }, 10000);
    }
  }

  pushed(message) {
    clearTimeout(this.pushTimer);
    this.inFlight = null;
    if (getSyncedVersion(this.view.state) >= message.version) {
      // accepted and already back, or refused but what got in first has reached us meanwhile: push the rest
      this.maybePush();
    } else if (!message.accepted) {
      this.send({type: "pull", doc: this.doc, version: getSyncedVersion(this.view.state)});
    }
    // otherwise our accepted updates are on their way back as "updates", which confirm them and push the rest
  }

  resync() {
    this.inFlight = null;
    if (!this.isJoined) {
      // the refused message may have been the join itself (a node still starting, say): nothing else is
      // answered before it is accepted
      this.send({type: "join", doc: this.doc});
      return;
    }
    if (!this.view) return;
    this.send({type: "pull", doc: this.doc, version: getSyncedVersion(this.view.state)});
    this.maybePush();
  }

  /**
   * The selected passage for a comment, at the version the server has confirmed: {from, to, version} in UTF-16
   * offsets, or null when nothing is selected or some typing is not confirmed yet (its offsets would not be the
   * server's at that version). The server maps it to the current text.
   */
  selectionForComment() {
    if (!this.view || sendableUpdates(this.view.state).length > 0) return null;
    const {from, to} = this.view.state.selection.main;
    if (from === to) return null;
    return {from, to, version: getSyncedVersion(this.view.state)};
  }

  schedulePresence() {
    if (this.presenceTimer) return;
    this.presenceTimer = setTimeout(() => { this.presenceTimer = null; this.sendPresence(); }, 80);
  }

  sendPresence() {
    if (!this.view) return;
    const {anchor, head} = this.view.state.selection.main;
    this.send({type: "presence", doc: this.doc, anchor, head});
  }

  presence(message) {
    if (!this.view || !message.session) return;
    this.view.dispatch({effects: setPresence.of(message)});
    this.renderPeople();
  }

  left(message) {
    if (!this.view) return;
    this.view.dispatch({effects: removePresence.of(message.session)});
    this.renderPeople();
  }

  renderPeople() {
    const people = this.view.state.field(presenceField);
    const names = [...new Set(people.map(p => p.user.name))];
    this.people.textContent = names.length ? "Also here: " + names.join(", ") : "";
  }

  /** A tentative agreement locked the text (or a reopen released it): the server refuses pushes while locked. */
  lock(locked) {
    if (!locked) {
      // editable again only for a role that may edit: join afresh, the server says which
      this.send({type: "join", doc: this.doc});
      return;
    }
    this.canEdit = false;
    if (this.view) this.view.dispatch({effects: this.editability.reconfigure(editability(false))});
    this.setStatus("locked");
  }

  error(message) {
    console.warn("jointly-editor:", message.code, message.message);
    this.dispatchEvent(new CustomEvent("collab-error", {detail: message}));
    if (message.code === "locked") this.lock(true);
    if (message.code === "not-found") this.setStatus("offline");
    // The refused message (a push, a pull or a presence: the error does not say) gets no answer. Shortly, catch up
    // and push what is unconfirmed: a refused pull must be asked again too, or typing that waits for it would
    // stay unsent until the next change. Pushing again when the refused message was something else is safe: the
    // server drops the updates of a resend it has already accepted (docs/protocol.md).
    if (message.code === "rate-limited" || message.code === "unavailable") {
      clearTimeout(this.pushTimer);
      this.pushTimer = setTimeout(() => this.resync(), 1000);
    }
  }

  /** For tests: the current text. */
  get text() {
    return this.view ? this.view.state.doc.toString() : null;
  }

  /** For tests: the others in this text, with their cursors mapped into the current text. */
  get others() {
    return this.view ? this.view.state.field(presenceField) : [];
  }
}

function editability(canEdit) {
  return [EditorState.readOnly.of(!canEdit), EditorView.editable.of(canEdit)];
}

if (!customElements.get("jointly-editor")) customElements.define("jointly-editor", JointlyEditor);
