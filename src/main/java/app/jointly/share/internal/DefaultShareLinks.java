package app.jointly.share.internal;

import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.share.IssuedShareLink;
import app.jointly.share.NewShareLink;
import app.jointly.share.ShareLimits;
import app.jointly.share.ShareLink;
import app.jointly.share.ShareLinks;
import app.jointly.shared.ConflictException;
import app.jointly.shared.DocumentId;
import app.jointly.shared.Ids;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.UserId;
import app.jointly.workspace.WorkspaceAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Links are made and revoked by editors of the document's workspace; the token is generated here and only hashed. */
@Service
class DefaultShareLinks implements ShareLinks {

    private static final Logger log = LoggerFactory.getLogger(DefaultShareLinks.class);

    private final DocumentService documents;
    private final WorkspaceAccess access;
    private final ShareLinkStore store;
    private final VersionReader versions;
    private final Clock clock;

    DefaultShareLinks(DocumentService documents, WorkspaceAccess access, ShareLinkStore store,
                      VersionReader versions, Clock clock) {
        this.documents = documents;
        this.access = access;
        this.store = store;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    public IssuedShareLink create(DocumentId document, NewShareLink request, UserId by) {
        DocumentView view = documents.get(document, by);
        access.requireEditor(view.workspaceId(), by);
        Instant now = clock.instant();
        Instant expiresAt = expiry(request.expiresAt(), now);
        String versionId = request.versionId();
        if (versionId != null) {
            Ids.requireValid(versionId, "version id");
            versions.read(document, versionId, by)
                    .orElseThrow(() -> new NotFoundException("version-not-found", "This document has no such version."));
        }
        if (store.countSince(document, now.minus(ShareLimits.MAX_LIFETIME)) >= ShareLimits.MAX_LINKS_PER_DOCUMENT) {
            throw new ConflictException("too-many-links", "This document has " + ShareLimits.MAX_LINKS_PER_DOCUMENT
                    + " links made in the last year; revoke and reuse existing ones.");
        }
        String token = ShareToken.generate();
        StoredShareLink link = new StoredShareLink(UUID.randomUUID().toString(), ShareToken.hash(token), document,
                view.workspaceId(), by, now, expiresAt, versionId, request.feedback(), null);
        store.insert(link);
        log.info("Share link {} made for document {} until {}", link.id(), document.value(), expiresAt);
        return new IssuedShareLink(link.view(), token);
    }

    @Override
    public List<ShareLink> list(DocumentId document, UserId by) {
        documents.get(document, by);
        return store.byDocument(document).stream().map(StoredShareLink::view).toList();
    }

    @Override
    public void revoke(String linkId, UserId by) {
        Ids.requireValid(linkId, "link id");
        StoredShareLink link = store.byId(linkId)
                .filter(l -> access.membership(l.workspaceId(), by).isPresent())
                .orElseThrow(() -> new NotFoundException("link-not-found", "No such link."));
        access.requireEditor(link.workspaceId(), by);
        store.revoke(link.id(), clock.instant());
        log.info("Share link {} of document {} revoked", link.id(), link.documentId().value());
    }

    private static Instant expiry(Instant requested, Instant now) {
        if (requested == null) {
            return now.plus(ShareLimits.DEFAULT_LIFETIME);
        }
        if (!requested.isAfter(now)) {
            throw new InvalidInputException("invalid-time", "The expiry must lie in the future.");
        }
        if (Duration.between(now, requested).compareTo(ShareLimits.MAX_LIFETIME) > 0) {
            throw new InvalidInputException("invalid-time", "A link may live at most "
                    + ShareLimits.MAX_LIFETIME.toDays() + " days.");
        }
        return requested;
    }
}
