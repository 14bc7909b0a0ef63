package app.jointly.share;

import java.time.Instant;

/**
 * What a member asks for when making a link.
 *
 * @param expiresAt null for the default ({@link ShareLimits#DEFAULT_LIFETIME} from now)
 * @param versionId a named version to show, or null for the current text
 */
public record NewShareLink(Instant expiresAt, String versionId, boolean feedback) {
}
