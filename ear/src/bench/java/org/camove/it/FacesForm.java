package org.camove.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark only: the postback a browser would send for one form of a rendered Faces page, as a form-encoded
 * body — every text, hidden and checked input and every text area of the form as rendered (so the Faces
 * ViewState goes back), and the button pressed. Enough for camove's own pages; not an HTML parser.
 */
final class FacesForm {

    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private FacesForm() {
    }

    /** The postback of the form {@code formId} in {@code html}, pressing the button named {@code button}. */
    static String postback(String html, String formId, String button) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            throw new IllegalStateException("no form " + formId + " in the page");
        }
        String form = html.substring(start, html.indexOf("</form>", start));
        List<String> fields = new ArrayList<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String attributes = input.group(1);
            String type = attribute(attributes, "type");
            String name = attribute(attributes, "name");
            boolean sent = name != null && (type == null || type.equals("text") || type.equals("hidden")
                    || ((type.equals("checkbox") || type.equals("radio")) && attributes.contains("checked")));
            if (sent) {
                fields.add(pair(name, unescape(Objects.toString(attribute(attributes, "value"), ""))));
            }
        }
        Matcher area = TEXTAREA.matcher(form);
        while (area.find()) {
            fields.add(pair(attribute(area.group(1), "name"), unescape(area.group(2))));
        }
        fields.add(pair(button, button));
        return String.join("&", fields);
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String pair(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
