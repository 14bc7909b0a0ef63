package app.jointly.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentNameTest {

    @Test
    void keepsAsciiAndDropsAccentsQuotesAndPathCharacters() {
        assertThat(AttachmentName.contentDisposition("Vertrag \"Ä/B\"\r\n", "docx"))
                .isEqualTo("attachment; filename=\"Vertrag _A_B_.docx\"; "
                        + "filename*=UTF-8''Vertrag%20%22%C3%84%2FB%22.docx");
    }

    @Test
    void aTitleWithNothingAsciiStillGetsAName() {
        assertThat(AttachmentName.ascii("合同")).isEqualTo("document");
    }
}
