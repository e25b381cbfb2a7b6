package org.camove.narrative;

import java.util.List;
import org.camove.shared.InvalidInput.Violation;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The texts of a narrative report as they may be kept. Rich texts (changes observed, challenges, lessons, next
 * steps, stories) keep only paragraphs, bold, italics, lists and links that open nothing on the reader's side
 * (rel=nofollow noopener; http, https and mailto only): no images, scripts, styles or event handlers, since a
 * narrative is read by managers and quoted in donor reports. Everything else is dropped, its text kept escaped.
 * Plain texts (short answers, titles) are kept as typed; pages escape them.
 */
public final class NarrativeText {

    /** The longest rich text kept, as sanitised HTML. */
    public static final int RICH_LIMIT = 20_000;
    /** The longest short answer (what was done, planned against done, the beneficiaries' description). */
    public static final int PLAIN_LIMIT = 4_000;
    /** A story's title, as the column holds it. */
    public static final int TITLE_LIMIT = 200;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "ul", "ol", "li", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private NarrativeText() {
    }

    /** The HTML with only what the policy allows; null or blank gives null. */
    public static String sanitise(String html) {
        if (html == null) {
            return null;
        }
        String kept = POLICY.sanitize(html).strip();
        return hasText(kept) ? kept : null;
    }

    /** Whether the HTML has any text a reader would see (an editor's empty {@code <p><br></p>} has none). */
    public static boolean hasText(String html) {
        return html != null && !html.replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&#160;", " ").isBlank();
    }

    /** The rich text as kept, or a violation of {@code field} when it is too long (the raw input is refused early). */
    static String rich(String field, String html, List<Violation> found) {
        if (html != null && html.length() > RICH_LIMIT * 5) {
            found.add(new Violation(field, "narrative.tooLong", List.of(RICH_LIMIT)));
            return null;
        }
        String kept = sanitise(html);
        if (kept != null && kept.length() > RICH_LIMIT) {
            found.add(new Violation(field, "narrative.tooLong", List.of(RICH_LIMIT)));
        }
        return kept;
    }

    /** The short answer stripped, null when blank, or a violation when it is longer than {@code limit}. */
    static String plain(String field, String text, int limit, List<Violation> found) {
        String kept = text == null || text.isBlank() ? null : text.strip();
        if (kept != null && kept.length() > limit) {
            found.add(new Violation(field, "narrative.tooLong", List.of(limit)));
        }
        return kept;
    }
}
