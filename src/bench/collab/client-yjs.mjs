// One client process of the Hocuspocus run: one HocuspocusProvider (its own WebSocket) per editor, Yjs Y.Text.
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { now, rng, randomEdit, Recorder, serveParent, editorSchedule } from './common.mjs';

const cfg = JSON.parse(process.argv[2]);
const recorder = new Recorder(null);
const random = rng(cfg.seed);
let lastMessageAt = now();

/**
 * An edit's identity that every replica can compute: the id of the first inserted item, or for a deletion the
 * smallest id among the deleted items (Yjs does not say who deleted). The sender records it for its own update.
 */
function keyOf(update) {
  const { structs, ds } = Y.decodeUpdate(update);
  if (structs.length > 0) return 'i' + structs[0].id.client + ':' + structs[0].id.clock;
  let best = null;
  for (const [client, items] of ds.clients) {
    for (const item of items) {
      if (best === null || client < best[0] || (client === best[0] && item.clock < best[1])) best = [client, item.clock];
    }
  }
  return best === null ? null : 'd' + best[0] + ':' + best[1];
}

/**
 * Every identity an update received from the server may carry: Hocuspocus merges the updates of one event-loop
 * turn into one message, so one message can hold several editors' edits. Every item id in it is listed; the
 * analysis keeps those that some sender recorded.
 */
function keysIn(update) {
  const { structs, ds } = Y.decodeUpdate(update);
  const keys = [];
  for (const s of structs) {
    if (s.constructor.name === 'Skip') continue;
    for (let c = 0; c < s.length; c++) keys.push('i' + s.id.client + ':' + (s.id.clock + c));
  }
  for (const [client, items] of ds.clients) {
    for (const item of items) for (let c = 0; c < item.len; c++) keys.push('d' + client + ':' + (item.clock + c));
  }
  return keys;
}

class Editor {
  constructor(index, doc) {
    this.index = index;
    this.doc = doc;
    this.ydoc = new Y.Doc();
    this.text = this.ydoc.getText('t');
    this.acks = []; // send times of updates the server has not acknowledged yet, oldest first
    this.editTimes = [];
  }

  connect() {
    return new Promise((resolve, reject) => {
      this.provider = new HocuspocusProvider({
        url: cfg.url, name: this.doc, document: this.ydoc, awareness: null, WebSocketPolyfill: WebSocket,
        onSynced: () => resolve(),
        onAuthenticationFailed: () => reject(new Error('authentication failed')),
      });
      this.ydoc.on('update', (update, origin) => {
        const t = now();
        if (origin === this.provider) { // from the server
          lastMessageAt = t;
          for (const key of keysIn(update)) recorder.arrived(key, t);
        } else {
          const key = keyOf(update);
          if (key !== null) recorder.sent(key, t);
          this.acks.push(t);
        }
      });
      this.provider.on('unsyncedChanges', ({ number }) => {
        const t = now();
        lastMessageAt = t;
        while (this.acks.length > number) {
          const sentAt = this.acks.shift();
          recorder.acked(sentAt, t);
          recorder.acceptedEdit(sentAt);
        }
      });
    });
  }

  edit() {
    const e = randomEdit(random, this.text.length);
    if (e.insert !== undefined) this.text.insert(e.from, e.insert);
    else this.text.delete(e.from, e.to - e.from);
  }
}

const editors = cfg.editors.map((e) => new Editor(e.index, e.doc));

serveParent({
  recorder,
  outFile: cfg.outFile,
  ...editorSchedule(editors, cfg.rate, random),
  idle(quietMs) {
    return now() - lastMessageAt > quietMs && editors.every((e) => e.provider.unsyncedChanges === 0);
  },
  texts() {
    return editors.map((e) => ({ doc: e.doc, text: e.text.toString() }));
  },
  close() {
    for (const e of editors) e.provider.destroy();
  },
});
