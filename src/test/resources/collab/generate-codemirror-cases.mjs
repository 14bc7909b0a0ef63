import {ChangeSet, Text} from "@codemirror/state"
import {rebaseUpdates} from "@codemirror/collab"
let seed = 12345
function rnd() { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) / 4294967296 }
function r(n) { return Math.floor(rnd() * n) }
function str(n) { let s = "", c = "ab\nxyz é😀"; for (let i = 0; i < n; i++) s += c[r(c.length)]; return s.replace(/\uD83D(?!\uDE00)|(?<!\uD83D)\uDE00/g, "q") }
function doc(s) { return Text.of(s.split("\n")) }
function change(len) {
  let specs = [], n = 1 + r(3)
  for (let i = 0; i < n; i++) {
    let from = r(len + 1), to = r(4) == 0 ? from : Math.min(len, from + r(4))
    specs.push({from, to, insert: r(3) ? str(r(4)) : ""})
  }
  return ChangeSet.of(specs, len)
}
let cases = []
for (let i = 0; i < 400; i++) { if (process.env.DBG) console.error("case", i)
  let d = str(r(12)), len = doc(d).length
  let a = change(len), b = change(len), c = change(a.newLength)
  let updates = [change(len), null, null].slice(0, 1 + r(3))
  for (let k = 1; k < updates.length; k++) updates[k] = change(updates[k - 1].newLength)
  let dup = r(3) == 0
  let overs = []; let l = len
  if (dup) { overs.push(updates[0]); l = updates[0].newLength }
  for (let k = 0; k < 1 + r(3); k++) { let ch = change(l); overs.push(ch); l = ch.newLength }
  let ups = updates.map(ch => ({changes: ch, clientID: "me"}))
  let over = overs.map((ch, k) => ({changes: ch, clientID: k == 0 && dup ? "me" : "other"}))
  let rebased
  try { rebased = rebaseUpdates(ups, over).map(u => u.changes.toJSON()) } catch (e) { rebased = null }
  let fixed = overs
  cases.push({doc: d, a: a.toJSON(), b: b.toJSON(), c: c.toJSON(),
    applyA: a.apply(doc(d)).toString(),
    compose: a.compose(c).toJSON(),
    mapAB: a.map(b).toJSON(), mapABbefore: a.map(b, true).toJSON(),
    mapPos: [0, 1, 2, 3].filter(p => p <= len).map(p => [p, a.mapPos(p, -1), a.mapPos(p, 1)]),
    updates: updates.map(u => u.toJSON()),
    over: fixed.map((ch, k) => ({changes: ch.toJSON(), clientID: over[k].clientID})),
    rebased})
}
console.log(JSON.stringify(cases))
