// Shared by the benchmark's client processes: the clock, the random edit, the drain and the report file.
import { writeFileSync } from 'node:fs';

/** Wall-clock milliseconds with sub-millisecond resolution; comparable across processes on one machine. */
export const now = () => performance.timeOrigin + performance.now();

/** A small seeded PRNG (mulberry32) so that runs are repeatable per process. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz ';

/** The workload's edit for a text of length len: insert 1-4 or delete 1-3 characters at a random position. */
export function randomEdit(random, len) {
  if (len > 3 && random() < 0.5) {
    const n = 1 + Math.floor(random() * 3);
    const from = Math.floor(random() * (len - n + 1));
    return { from, to: from + n };
  }
  const n = 1 + Math.floor(random() * 4);
  let insert = '';
  for (let i = 0; i < n; i++) insert += LETTERS[Math.floor(random() * LETTERS.length)];
  return { from: Math.floor(random() * (len + 1)), to: undefined, insert };
}

/**
 * The per-process measurements: sent edits (key, time), arrivals of others' edits (key, time), push
 * acknowledgement times, accepted updates in the window, errors by code.
 */
export class Recorder {
  constructor(window) {
    this.window = window;
    this.sentKeys = []; this.sentTimes = [];
    this.arrKeys = []; this.arrTimes = [];
    this.acks = [];
    this.accepted = 0;
    this.errors = {};
  }
  inWindow(t) { return this.window && t >= this.window.from && t < this.window.to; }
  sent(key, t) { if (this.inWindow(t)) { this.sentKeys.push(key); this.sentTimes.push(t); } }
  arrived(key, t) { if (this.window && t >= this.window.from) { this.arrKeys.push(key); this.arrTimes.push(t); } }
  acked(sentAt, t) { if (this.inWindow(sentAt)) this.acks.push(t - sentAt); }
  acceptedEdit(editAt) { if (this.inWindow(editAt)) this.accepted++; }
  error(code) { this.errors[code] = (this.errors[code] || 0) + 1; }
  write(file, texts) {
    writeFileSync(file, JSON.stringify({
      sentKeys: this.sentKeys, sentTimes: this.sentTimes, arrKeys: this.arrKeys, arrTimes: this.arrTimes,
      acks: this.acks, accepted: this.accepted, errors: this.errors, texts,
    }));
  }
}

/** Runs the client side of the parent's protocol: ready → start(window) → stop → report → close. */
/**
 * How every editor of a client process connects and edits, the same for both servers: connect in small batches
 * (so that the servers are not flooded with upgrades at once), then each editor edits `rate` times a second from a
 * random offset into its first period once the measured window's schedule starts.
 */
export function editorSchedule(editors, rate, random) {
  const timers = [];
  return {
    async connectAll() {
      for (let i = 0; i < editors.length; i += 10) await Promise.all(editors.slice(i, i + 10).map((e) => e.connect()));
    },
    startEditing(window) {
      const period = 1000 / rate;
      for (const e of editors) {
        const offset = Math.max(0, window.start - Date.now()) + random() * period;
        timers.push(setTimeout(() => { e.edit(); timers.push(setInterval(() => e.edit(), period)); }, offset));
      }
    },
    stopEditing() { timers.forEach((t) => { clearTimeout(t); clearInterval(t); }); },
  };
}

export function serveParent({ connectAll, startEditing, stopEditing, idle, texts, close, recorder, outFile }) {
  process.on('message', async (msg) => {
    try {
      if (msg.cmd === 'start') {
        recorder.window = msg.window;
        startEditing(msg.window);
      } else if (msg.cmd === 'stop') {
        stopEditing();
        const deadline = Date.now() + msg.drainMs;
        // wait until nothing is unconfirmed and no message arrived for a second (or the drain time is up)
        while (Date.now() < deadline && !idle(1000)) await new Promise((r) => setTimeout(r, 100));
        recorder.write(outFile, texts());
        process.send({ ev: 'reported' });
      } else if (msg.cmd === 'close') { // after the parent has read the server's texts
        close();
        setTimeout(() => process.exit(0), 500);
      }
    } catch (e) {
      process.send({ ev: 'failed', message: String(e && e.stack || e) });
    }
  });
  connectAll().then(() => process.send({ ev: 'ready' }),
    (e) => process.send({ ev: 'failed', message: String(e && e.stack || e) }));
}
