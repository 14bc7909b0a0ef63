// The co-editing benchmark measured from outside (issue 14): two Jointly nodes started from the production jar
// with `java -jar`, real @codemirror/collab clients in two Node processes (one per node), then Hocuspocus with
// the same workload and the same kind of client processes, one after the other. Prints the figures of each and
// exits non-zero only when a replica did not converge. Everything listens on loopback; every process it starts
// is stopped at the end, on failure and on Ctrl-C.
import { spawn, fork } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync, readdirSync, existsSync, openSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const { values: opt } = parseArgs({ options: {
  editors: { type: 'string', default: '200' }, texts: { type: 'string', default: '20' },
  rate: { type: 'string', default: '5' }, warmup: { type: 'string', default: '30' },
  duration: { type: 'string', default: '60' }, only: { type: 'string', default: 'both' },
  jar: { type: 'string' }, java: { type: 'string', default: process.env.JAVA || 'java' },
  'java-opts': { type: 'string', default: process.env.JOINTLY_JAVA_OPTS || '' },
  'base-port': { type: 'string', default: '18080' }, keep: { type: 'boolean', default: false },
} });
const P = { editors: +opt.editors, texts: +opt.texts, rate: +opt.rate, warmup: +opt.warmup, duration: +opt.duration };
if (P.editors < 2 * P.texts) throw new Error('need at least two editors per text (one on each node)');
const basePort = +opt['base-port'];
const INITIAL = 'Article text to be co-edited. '.repeat(8);
const HZ = 100; // clock ticks per second of /proc/PID/stat (USER_HZ, 100 on Linux x86_64)
const work = mkdtempSync(join(tmpdir(), 'jointly-collab-bench-'));
const children = [];

function track(child) { children.push(child); return child; }
function stopAll() {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) { try { c.kill('SIGTERM'); } catch { /* gone */ } }
}
function killAllHard() { for (const c of children) if (c.exitCode === null && c.signalCode === null) { try { c.kill('SIGKILL'); } catch { /* gone */ } } }
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { stopAll(); setTimeout(() => { killAllHard(); process.exit(130); }, 3000); });
process.on('exit', killAllHard);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / HZ; // utime + stime
}
function rssMb(pid) {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return m ? Number(m[1]) / 1024 : NaN;
}
function pct(sorted, p) { return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN; }
function summary(values) {
  const s = Float64Array.from(values).sort();
  return { n: s.length, p50: pct(s, 0.5), p99: pct(s, 0.99), max: s.length ? s[s.length - 1] : NaN };
}
async function waitFor(what, check, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) { if (await check().catch(() => false)) return; await sleep(250); }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}
function message(child, ev, timeoutMs) {
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`timed out waiting for '${ev}' from a child process`)), timeoutMs);
    const on = (m) => {
      if (m.ev === 'failed') { clearTimeout(timer); child.off('message', on); rej(new Error(m.message)); }
      if (m.ev === ev) { clearTimeout(timer); child.off('message', on); res(m); }
    };
    child.on('message', on);
    child.once('exit', (code) => { clearTimeout(timer); rej(new Error(`a child process exited (${code}) before '${ev}'`)); });
  });
}

/** Editor i works on text i % texts; of each text's editors, alternate ones go to client process 0 and 1. */
function assign(docs) {
  const perProcess = [[], []];
  for (let i = 0; i < P.editors; i++) perProcess[Math.floor(i / P.texts) % 2].push({ index: i, doc: docs[i % P.texts] });
  return perProcess;
}

/** Starts the client processes, runs warm-up + measured window, stops, drains; returns their reports. */
async function drive(kind, script, urls, docs, serverPids) {
  const parts = assign(docs);
  const clients = parts.map((editors, i) => track(fork(join(here, script), [JSON.stringify({
    url: urls[i], token: urls.token, editors, rate: P.rate, seed: 1000 + i, outFile: join(work, `${kind}-${i}.json`),
  })], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })));
  await Promise.all(clients.map((c) => message(c, 'ready', 120_000)));
  const start = Date.now() + 500;
  const window = { start, from: start + P.warmup * 1000, to: start + (P.warmup + P.duration) * 1000 };
  clients.forEach((c) => c.send({ cmd: 'start', window }, (e) => e && console.error('a client process is gone:', e.message)));
  console.log(`  ${P.editors} editors connected; warm-up ${P.warmup} s, measuring ${P.duration} s (load ${load()})`);
  await sleep(window.from - Date.now());
  const cpu0 = serverPids.map(cpuSeconds);
  await sleep(window.to - Date.now());
  const cpu1 = serverPids.map(cpuSeconds);
  const rss = serverPids.map(rssMb);
  const loadAtEnd = load();
  clients.forEach((c) => c.send({ cmd: 'stop', drainMs: 60_000 }, (e) => e && console.error('a client process is gone:', e.message)));
  await Promise.all(clients.map((c) => message(c, 'reported', 90_000)));
  const reports = parts.map((_, i) => JSON.parse(readFileSync(join(work, `${kind}-${i}.json`), 'utf8')));
  // the clients stay connected until the caller has read the server's texts (an idle document may be unloaded)
  const close = () => clients.forEach((c) => c.connected && c.send({ cmd: 'close' }, () => {}));
  return { reports, cpu: cpu1.reduce((a, b, i) => a + b - cpu0[i], 0), rss, loadAtEnd, close };
}

function analyse(name, run, serverTexts, idleRss) {
  const sent = new Map();
  for (const r of run.reports) for (let i = 0; i < r.sentKeys.length; i++) {
    const k = r.sentKeys[i];
    sent.set(k, sent.has(k) ? -1 : r.sentTimes[i]); // -1: the same key twice (possible for Yjs deletions), not counted
  }
  const each = []; const lastArrival = new Map(); const arrivals = new Map();
  for (const r of run.reports) for (let i = 0; i < r.arrKeys.length; i++) {
    const t0 = sent.get(r.arrKeys[i]);
    if (t0 === undefined || t0 < 0) continue;
    const lat = r.arrTimes[i] - t0;
    each.push(lat);
    lastArrival.set(r.arrKeys[i], Math.max(lastArrival.get(r.arrKeys[i]) ?? 0, lat));
    arrivals.set(r.arrKeys[i], (arrivals.get(r.arrKeys[i]) ?? 0) + 1);
  }
  const perText = P.editors / P.texts;
  const complete = [...lastArrival.entries()].filter(([k]) => arrivals.get(k) >= Math.floor(perText) - 1).map(([, v]) => v);
  const acks = summary(run.reports.flatMap((r) => r.acks));
  const accepted = run.reports.reduce((a, r) => a + r.accepted, 0);
  const errors = {};
  for (const r of run.reports) for (const [c, n] of Object.entries(r.errors)) errors[c] = (errors[c] || 0) + n;
  let replicas = 0; let diverged = 0;
  for (const r of run.reports) for (const t of r.texts) { replicas++; if (serverTexts[t.doc] !== t.text) diverged++; }
  const prop = summary(each); const all = summary(complete);
  const f = (x) => Number.isFinite(x) ? x.toFixed(0) : '-';
  console.log(`\n== ${name}`);
  console.log(`  propagation, each arrival (ms):        p50 ${f(prop.p50)}  p99 ${f(prop.p99)}  max ${f(prop.max)}  (${prop.n} arrivals of ${sent.size} edits)`);
  console.log(`  propagation, edit at all others (ms):  p50 ${f(all.p50)}  p99 ${f(all.p99)}  max ${f(all.max)}  (${all.n} edits)`);
  console.log(`  push to acknowledgement (ms):          p50 ${f(acks.p50)}  p99 ${f(acks.p99)}  max ${f(acks.max)}  (${acks.n})`);
  console.log(`  accepted updates/s:                    ${(accepted / P.duration).toFixed(0)}`);
  console.log(`  server CPU seconds in the window:      ${run.cpu.toFixed(1)} (${(run.cpu * 1000 / Math.max(accepted, 1)).toFixed(2)} ms per accepted update)`);
  console.log(`  server RSS (MB):                       idle ${idleRss.map((m) => m.toFixed(0)).join(' + ')}, at the end ${run.rss.map((m) => m.toFixed(0)).join(' + ')}`);
  console.log(`  errors from the server:                ${Object.keys(errors).length ? JSON.stringify(errors) : 'none'}`);
  console.log(`  load average at the end of the window: ${run.loadAtEnd}`);
  console.log(`  convergence:                           ${diverged === 0 ? 'OK' : 'FAILED'}: ${replicas - diverged} of ${replicas} replicas equal the server's text`);
  return diverged === 0 && replicas === P.editors;
}

function jarPath() {
  if (opt.jar) return opt.jar;
  const t = join(repo, 'target');
  const jar = existsSync(t) && readdirSync(t).find((f) => /^jointly-.*\.jar$/.test(f));
  if (!jar) throw new Error('no target/jointly-*.jar: build it with ./mvnw -Pproduction package -DskipTests');
  return join(t, jar);
}

async function http(base, path, { method = 'GET', token, basic, body } = {}) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  if (basic) headers.Authorization = 'Basic ' + Buffer.from(basic).toString('base64');
  const res = await fetch(base + path, { method, headers, body: body && JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

async function runJointly() {
  const jar = jarPath();
  const password = 'bench-' + Math.random().toString(36).slice(2) + 'X9!';
  const ports = { http: [basePort, basePort + 1], hz: [basePort - 2379, basePort - 2378], mongo: basePort + 9000 };
  const members = `127.0.0.1:${ports.hz[0]},127.0.0.1:${ports.hz[1]}`;
  // the options docs/operations.md ("Memory") tells operators to start a node with; --java-opts come after them
  const javaOpts = ['-XX:+UseSerialGC', '-Xms64m', '-Xmx512m', ...opt['java-opts'].split(' ').filter(Boolean)];
  const start = (i) => {
    const args = [...javaOpts, '-jar', jar, `--server.port=${ports.http[i]}`, '--server.address=127.0.0.1',
      `--jointly.cluster.port=${ports.hz[i]}`, `--jointly.cluster.members=${members}`,
      `--jointly.data-dir=${join(work, 'data' + i)}`, `--jointly.embedded-mongo.port=${ports.mongo}`];
    if (i === 1) args.push(`--jointly.mongodb.uri=mongodb://127.0.0.1:${ports.mongo}`);
    const log = openSync(join(work, `node${i + 1}.log`), 'w');
    return track(spawn(opt.java, args, { env: { ...process.env, JOINTLY_ADMIN_PASSWORD: password }, stdio: ['ignore', log, log] }));
  };
  const base = ports.http.map((p) => `http://127.0.0.1:${p}`);
  const up = (b) => async () => (await fetch(b + '/api/v1/workspaces')).status === 401;
  console.log(`\n-- Jointly: two nodes from ${jar} (logs in ${work})`);
  const n1 = start(0);
  await waitFor('node 1 to answer', up(base[0]), 600_000);
  const n2 = start(1);
  await waitFor('node 2 to answer', up(base[1]), 600_000);
  await sleep(5000);
  const idleRss = [n1.pid, n2.pid].map(rssMb);
  const { token } = await http(base[0], '/api/v1/tokens', { method: 'POST', basic: 'admin:' + password, body: { name: 'bench' } });
  const ws = await http(base[0], '/api/v1/workspaces', { method: 'POST', token, body: { name: 'Benchmark', parties: [] } });
  const doc = await http(base[0], `/api/v1/workspaces/${ws.id}/documents`, { method: 'POST', token, body: {
    title: 'Benchmark', kind: 'contract',
    sections: Array.from({ length: P.texts }, (_, i) => ({ heading: 'Section ' + (i + 1), markdown: INITIAL })) } });
  const docs = doc.sections.map((s) => s.id);
  const urls = base.map((b) => b.replace('http', 'ws') + '/api/v1/collab');
  urls.token = token;
  const run = await drive('jointly', 'client-jointly.mjs', urls, docs, [n1.pid, n2.pid]);
  const after = await http(base[0], `/api/v1/documents/${doc.id}`, { token });
  run.close();
  const texts = Object.fromEntries(after.sections.map((s) => [s.id, s.markdown]));
  const ok = analyse('Jointly (two nodes, durable before acknowledged)', run, texts, idleRss);
  for (const n of [n2, n1]) { n.kill('SIGTERM'); await new Promise((r) => n.exitCode !== null ? r() : n.once('exit', r)); }
  return ok;
}

async function runHocuspocus() {
  const port = basePort + 2;
  console.log('\n-- Hocuspocus: one server process (stores to files after its debounce; broadcasts first)');
  const server = track(fork(join(here, 'hocuspocus-server.mjs'), [JSON.stringify({
    port, dataDir: mkdtempSync(join(work, 'hocuspocus-')), initialText: INITIAL })], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  await message(server, 'listening', 60_000);
  await sleep(2000);
  const idleRss = [rssMb(server.pid)];
  const docs = Array.from({ length: P.texts }, (_, i) => 'text-' + (i + 1));
  const url = `ws://127.0.0.1:${port}`;
  const urls = [url, url];
  const run = await drive('hocuspocus', 'client-yjs.mjs', urls, docs, [server.pid]);
  server.send({ cmd: 'texts' });
  const { texts } = await message(server, 'texts', 30_000);
  run.close();
  const ok = analyse('Hocuspocus 4 (Yjs, one server)', run, texts, idleRss);
  server.kill('SIGTERM');
  return ok;
}

let ok = true;
const hardStop = setTimeout(() => { console.error('benchmark took too long: stopping everything'); stopAll(); setTimeout(() => process.exit(3), 3000); },
  (P.warmup + P.duration) * 2000 + 900_000);
hardStop.unref();
try {
  console.log(`co-editing benchmark: ${P.editors} editors over ${P.texts} texts, ${P.rate} edits/s each, warm-up ${P.warmup} s, measured ${P.duration} s`);
  console.log(`machine: ${process.platform}, load average ${load()}, node ${process.version}`);
  if (opt.only !== 'hocuspocus') ok = (await runJointly()) && ok;
  if (opt.only !== 'jointly') ok = (await runHocuspocus()) && ok;
} catch (e) {
  console.error('benchmark failed:', e);
  stopAll();
  process.exitCode = 2;
}
stopAll();
if (!opt.keep) setTimeout(() => rmSync(work, { recursive: true, force: true }), 1000);
if (process.exitCode === undefined) process.exitCode = ok ? 0 : 1;
