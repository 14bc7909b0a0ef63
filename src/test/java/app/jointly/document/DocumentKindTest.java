package app.jointly.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class DocumentKindTest {

    @Test
    void wireNamesAreTheDocumentedOnes() {
        assertThat(DocumentKind.values()).extracting(DocumentKind::wireName)
                .containsExactly("contract", "shared-vision", "compact", "plan", "minutes");
    }

    @Test
    void parsesWireNamesLeniently() {
        assertThat(DocumentKind.fromWire(" Shared-Vision ")).isEqualTo(DocumentKind.SHARED_VISION);
        assertThat(DocumentKind.fromWire("minutes")).isEqualTo(DocumentKind.MINUTES);
    }

    @Test
    void refusesUnknownKinds() {
        assertThatThrownBy(() -> DocumentKind.fromWire("novel")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("contract, shared-vision");
        assertThatThrownBy(() -> DocumentKind.fromWire("SHARED_VISION")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DocumentKind.fromWire(null)).isInstanceOf(InvalidInputException.class);
    }
}
