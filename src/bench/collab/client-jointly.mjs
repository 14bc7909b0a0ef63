// One client process of the Jointly run: one WebSocket per editor, each a real @codemirror/collab client
// (collab, sendableUpdates, receiveUpdates, getSyncedVersion) speaking docs/protocol.md.
import WebSocket from 'ws';
import { EditorState, ChangeSet } from '@codemirror/state';
import { collab, sendableUpdates, receiveUpdates, getSyncedVersion } from '@codemirror/collab';
import { now, rng, randomEdit, Recorder, serveParent, editorSchedule } from './common.mjs';

const cfg = JSON.parse(process.argv[2]);
const recorder = new Recorder(null);
const random = rng(cfg.seed);
const KEY_SPACE = 1e7; // key of an edit = editor index * KEY_SPACE + the editor's edit counter
let lastMessageAt = now();

class Editor {
  constructor(index, doc) {
    this.index = index;
    this.id = 'e' + index;
    this.doc = doc;
    this.state = null;
    this.editTimes = []; // time of each local edit, by its index
    this.confirmed = 0; // own updates that came back from the server
    this.seenFrom = new Map(); // other editor index -> updates of it seen so far
    this.inFlight = false;
    this.pushedAt = 0;
    this.awaitVersion = 0;
  }

  connect() {
    return new Promise((resolve, reject) => {
      this.ws = new WebSocket(cfg.url, { headers: { Authorization: 'Bearer ' + cfg.token }, perMessageDeflate: false });
      this.ws.on('open', () => this.send({ type: 'join', doc: this.doc }));
      this.ws.on('error', reject);
      this.ws.on('close', () => { if (!this.closing) recorder.error('socket-closed'); });
      this.ws.on('message', (data) => {
        const msg = JSON.parse(data.toString());
        lastMessageAt = now();
        if (msg.type === 'joined') {
          this.state = EditorState.create({ doc: msg.text, extensions: [collab({ startVersion: msg.version, clientID: this.id })] });
          resolve();
        } else if (msg.type === 'updates') this.onUpdates(msg);
        else if (msg.type === 'pushed') this.onPushed(msg);
        else if (msg.type === 'error') recorder.error(msg.code);
      });
    });
  }

  send(msg) { this.ws.send(JSON.stringify(msg)); }

  edit() {
    const e = randomEdit(random, this.state.doc.length);
    const t = now();
    this.state = this.state.update({ changes: e }).state;
    recorder.sent(this.index * KEY_SPACE + this.editTimes.length, t);
    this.editTimes.push(t);
    this.maybePush();
  }

  maybePush() {
    if (this.inFlight || getSyncedVersion(this.state) < this.awaitVersion) return;
    const updates = sendableUpdates(this.state).slice(0, 500);
    if (updates.length === 0) return;
    this.inFlight = true;
    this.pushedAt = now();
    this.send({ type: 'push', doc: this.doc, version: getSyncedVersion(this.state),
      updates: updates.map((u) => ({ clientID: u.clientID, changes: u.changes.toJSON() })) });
  }

  onPushed(msg) {
    const t = now();
    recorder.acked(this.pushedAt, t);
    this.inFlight = false;
    if (msg.accepted) {
      this.awaitVersion = msg.version;
      this.maybePush();
    } else {
      recorder.error('push-refused');
      this.send({ type: 'pull', doc: this.doc, version: getSyncedVersion(this.state) });
    }
  }

  onUpdates(msg) {
    const synced = getSyncedVersion(this.state);
    if (msg.version > synced) { // a gap: ask for what is missing
      this.send({ type: 'pull', doc: this.doc, version: synced });
      return;
    }
    const fresh = msg.updates.slice(synced - msg.version);
    if (fresh.length === 0) return;
    const t = now();
    for (const u of fresh) {
      if (u.clientID === this.id) {
        recorder.acceptedEdit(this.editTimes[this.confirmed++]);
      } else if (u.clientID[0] === 'e') {
        const from = Number(u.clientID.slice(1));
        const k = this.seenFrom.get(from) || 0;
        this.seenFrom.set(from, k + 1);
        recorder.arrived(from * KEY_SPACE + k, t);
      }
    }
    this.state = receiveUpdates(this.state,
      fresh.map((u) => ({ changes: ChangeSet.fromJSON(u.changes), clientID: u.clientID }))).state;
    this.maybePush();
  }

  unconfirmed() { return this.inFlight || sendableUpdates(this.state).length > 0; }
}

const editors = cfg.editors.map((e) => new Editor(e.index, e.doc));

serveParent({
  recorder,
  outFile: cfg.outFile,
  ...editorSchedule(editors, cfg.rate, random),
  idle(quietMs) {
    return now() - lastMessageAt > quietMs && editors.every((e) => !e.unconfirmed());
  },
  texts() {
    return editors.map((e) => ({ doc: e.doc, text: e.state.doc.toString(), version: getSyncedVersion(e.state) }));
  },
  close() {
    for (const e of editors) { e.closing = true; e.ws.close(); }
  },
});
