package app.jointly.document;

import java.time.Instant;

/**
 * The tentative agreement that locks a contract article's text: {@code agreementKey} is the agreeing proposal's id,
 * {@code lockedAt} when its text became the article's agreed text. While a section carries one, no edit, removal
 * or co-edit may change its text; only a new tentative agreement or a reopen of this one may.
 */
public record SectionAgreement(String agreementKey, Instant lockedAt) {
}
