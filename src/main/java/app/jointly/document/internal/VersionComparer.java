package app.jointly.document.internal;

import app.jointly.document.DocumentComparison;
import app.jointly.document.DocumentComparison.SectionChange;
import app.jointly.document.DocumentView;
import app.jointly.document.Redline;
import app.jointly.document.SectionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares two states of a document section by section (matched by section id, which survives renames). */
final class VersionComparer {

    private VersionComparer() {
    }

    static DocumentComparison compare(DocumentView from, DocumentView to, String fromName, String toName) {
        List<SectionChange> changes = new ArrayList<>();
        for (SectionView section : to.sections()) {
            changes.add(from.section(section.id())
                    .map(old -> new SectionChange(section.id(), section.heading(), old.heading(),
                            Redline.between(old.markdown(), section.markdown()), false, false))
                    .orElseGet(() -> new SectionChange(section.id(), section.heading(), null,
                            Redline.between("", section.markdown()), true, false)));
        }
        Set<String> kept = to.sections().stream().map(s -> s.id().value()).collect(Collectors.toSet());
        for (SectionView old : from.sections()) {
            if (!kept.contains(old.id().value())) {
                changes.add(new SectionChange(old.id(), old.heading(), old.heading(),
                        Redline.between(old.markdown(), ""), false, true));
            }
        }
        return new DocumentComparison(to.title(), fromName, toName, changes);
    }
}
