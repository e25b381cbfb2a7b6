package org.camove.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text kept in English and in Russian. English is required because it is what donors audit;
 * the Russian wording may be missing, and readers then see the English.
 * Map it with {@code @AttributeOverride}s naming the two columns (e.g. name_en, name_ru).
 */
@Embeddable
public class LocalizedText implements Serializable {

    @Column(name = "text_en")
    private String en;

    @Column(name = "text_ru")
    private String ru;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String en, String ru) {
        this.en = Objects.requireNonNull(en, "English text is required");
        this.ru = ru;
    }

    public static LocalizedText of(String en, String ru) {
        return new LocalizedText(en, ru);
    }

    /** The text in the reader's language, falling back to English. */
    public String in(Locale locale) {
        if (locale != null && "ru".equals(locale.getLanguage()) && ru != null && !ru.isBlank()) {
            return ru;
        }
        return en;
    }

    public String en() {
        return en;
    }

    public String ru() {
        return ru;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && Objects.equals(en, other.en) && Objects.equals(ru, other.ru);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, ru);
    }

    @Override
    public String toString() {
        return en;
    }
}
