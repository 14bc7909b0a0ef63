package app.jointly.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentLimits;
import app.jointly.document.NewSection;
import app.jointly.document.internal.DocumentRules;
import org.junit.jupiter.api.Test;

class DemoDocumentTest {

    @Test
    void splitsTitleAndSectionsKeepingDeeperHeadingsInTheText() {
        DemoDocument document = DemoDocument.parse("""
                # Agreement

                ## Article 1: Recognition

                The Board recognises the Association.

                ## Article 12: Teacher Evaluation

                ### 12.1 Purpose

                To improve.
                """, DocumentKind.CONTRACT);

        assertThat(document.title()).isEqualTo("Agreement");
        assertThat(document.sections()).extracting(NewSection::heading)
                .containsExactly("Article 1: Recognition", "Article 12: Teacher Evaluation");
        assertThat(document.sections().get(1).markdown()).isEqualTo("### 12.1 Purpose\n\nTo improve.");
    }

    @Test
    void refusesAFileWithoutTitle() {
        assertThatThrownBy(() -> DemoDocument.parse("## Only a section", DocumentKind.PLAN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBundledDemoFilesAreWellFormedAndWithinLimits() {
        DemoDocument compact = DemoDocument.fromClasspath("/demo/compact.md", DocumentKind.COMPACT);
        assertThat(compact.sections()).hasSize(11);
        assertThat(compact.sections().get(5).heading()).isEqualTo("5. Teacher Evaluation");

        DemoDocument plan = DemoDocument.fromClasspath("/demo/plan.md", DocumentKind.PLAN);
        assertThat(plan.sections()).extracting(NewSection::heading).containsExactly("Problem", "Vision",
                "Theory of action", "Goals", "Strategies", "Tactics", "Measures of success");

        DemoDocument contract = DemoDocument.fromClasspath("/demo/contract.md", DocumentKind.CONTRACT);
        assertThat(contract.sections()).extracting(NewSection::heading).contains("Article 12: Teacher Evaluation");

        DemoDocument vision = DemoDocument.fromClasspath("/demo/shared-vision.md", DocumentKind.SHARED_VISION);
        for (DemoDocument document : new DemoDocument[] {compact, plan, contract, vision}) {
            DocumentRules.title(document.title());
            assertThat(document.sections()).hasSizeLessThanOrEqualTo(DocumentLimits.MAX_SECTIONS);
            document.sections().forEach(s -> {
                DocumentRules.heading(s.heading());
                DocumentRules.body(s.markdown());
                assertThat(s.markdown()).isNotBlank();
            });
        }
    }
}
