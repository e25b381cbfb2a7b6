package org.camove.web.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The download's Content-Disposition: always an attachment, the name intact in RFC 5987 form, nothing that breaks the header. */
class EvidenceServletTest {

    @Test
    void cyrillicNamesTravelEncodedWithAnAsciiFallback() {
        assertThat(EvidenceServlet.disposition("Отчёт.pdf"))
                .isEqualTo("attachment; filename=\"_____.pdf\"; filename*=UTF-8''%D0%9E%D1%82%D1%87%D1%91%D1%82.pdf");
    }

    @Test
    void quotesSemicolonsAndStarsCannotEndTheHeaderValue() {
        assertThat(EvidenceServlet.disposition("a\";b*c'd.csv"))
                .isEqualTo("attachment; filename=\"a__b_c_d.csv\"; filename*=UTF-8''a%22%3Bb%2Ac%27d.csv");
    }
}
