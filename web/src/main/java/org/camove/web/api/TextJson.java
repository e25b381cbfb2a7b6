package org.camove.web.api;

import org.camove.shared.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Text", description = "A text in English (always there) and Russian (may be missing)")
public record TextJson(String en, String ru) {

    static TextJson from(LocalizedText text) {
        return text == null ? null : new TextJson(text.en(), text.ru());
    }
}
