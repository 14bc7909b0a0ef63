/**
 * Effects between modules that must survive a crash: a module records the past-tense events its change causes
 * inside the changed document, in the same single-document write ({@link app.jointly.effects.EffectOutbox}), and
 * this module delivers each one to its listeners at least once, on any node, removing it only when every listener
 * succeeded. Listeners of such events are therefore idempotent and throw on failure.
 */
package app.jointly.effects;
