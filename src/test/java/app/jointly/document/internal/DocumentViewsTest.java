package app.jointly.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.document.LiveText;
import app.jointly.document.SectionTextSource;
import app.jointly.document.SectionView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class DocumentViewsTest {

    private final Map<String, String> live = Map.of("s1", "live one", "s2", "live two");
    private final SectionTextSource source = section -> Optional.ofNullable(live.get(section.value()))
            .map(text -> new LiveText(text, 7));
    private final DocumentViews views = new DocumentViews(
            new StaticListableBeanFactory(Map.of("live", source)).getBeanProvider(SectionTextSource.class));
    private final DocumentEntity document = new DocumentEntity("d", "w", "T", "contract", List.of(
            new StoredSection("s1", "One", "stored one"), new StoredSection("s2", "Two", "stored two"),
            new StoredSection("s3", "Three", "stored three")), Instant.EPOCH, "u");

    @Test
    void aWrittenSectionIsTakenAsStoredBecauseTheLiveTextFollowsItOnlyLater() {
        assertThat(views.live(document, Set.of("s1")).sections()).extracting(SectionView::markdown)
                .containsExactly("stored one", "live two", "stored three");
        assertThat(views.live(document, Set.of()).sections()).extracting(SectionView::markdown)
                .containsExactly("live one", "live two", "stored three");
        assertThat(views.live(document, Set.of("s1")).sections()).extracting(SectionView::textVersion)
                .containsExactly(0, 7, 0);
    }
}
