package org.camove.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camove.shared.InvalidInput.Violation;
import org.junit.jupiter.api.Test;

/** The rich-text policy of narrative reports: formatting and safe links kept, everything active dropped. */
class NarrativeTextTest {

    @Test
    void paragraphsBoldItalicsListsAndLinksAreKept_linksOpenNothing() {
        assertThat(NarrativeText.sanitise("<p><strong>42</strong> families, <em>mostly</em> in <b>Osh</b> and <i>Batken</i></p>"
                + "<ul><li>one</li></ul><ol><li>two</li></ol>"))
                .isEqualTo("<p><strong>42</strong> families, <em>mostly</em> in <b>Osh</b> and <i>Batken</i></p>"
                        + "<ul><li>one</li></ul><ol><li>two</li></ol>");
        assertThat(NarrativeText.sanitise("<a href=\"https://example.org/law\" target=\"_blank\">the law</a>"))
                .as("the rel tokens come in either order")
                .matches("<a href=\"https://example\\.org/law\" rel=\"(nofollow noopener|noopener nofollow)\">the law</a>");
    }

    @Test
    void scriptsImagesStylesHandlersAndScriptUrlsAreDropped_theirTextStaysEscaped() {
        assertThat(NarrativeText.sanitise("<p onclick=\"steal()\" style=\"color:red\">Hi<script>alert('x')</script></p>"))
                .isEqualTo("<p>Hi</p>");
        assertThat(NarrativeText.sanitise("<img src=x onerror=alert(1)><iframe src=\"https://evil\"></iframe>")).isNull();
        assertThat(NarrativeText.sanitise("<a href=\"javascript:alert(1)\">click</a>")).isEqualTo("click");
        assertThat(NarrativeText.sanitise("<style>body{display:none}</style>5 < 6 & \"quoted\""))
                .isEqualTo("5 &lt; 6 &amp; &#34;quoted&#34;");
        assertThat(NarrativeText.sanitise("<p><br></p>")).as("an editor's empty paragraph").isNull();
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedByItsField() {
        List<Violation> found = new ArrayList<>();
        NarrativeText.rich("lessons", "<p>" + "a".repeat(NarrativeText.RICH_LIMIT) + "</p>", found);
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("lessons");
            assertThat(v.key()).isEqualTo("narrative.tooLong");
        });
        found.clear();
        assertThat(NarrativeText.rich("lessons", "<p>" + "a".repeat(NarrativeText.RICH_LIMIT - 7) + "</p>", found)).isNotNull();
        assertThat(found).isEmpty();
    }
}
