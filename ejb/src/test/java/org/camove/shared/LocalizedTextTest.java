package org.camove.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText goal = LocalizedText.of("Migrants reach basic services", "Мигранты получают доступ к базовым услугам");

    @Test
    void readsTheReadersLanguage() {
        assertThat(goal.in(Locale.forLanguageTag("ru"))).isEqualTo("Мигранты получают доступ к базовым услугам");
        assertThat(goal.in(Locale.forLanguageTag("ru-KG"))).isEqualTo("Мигранты получают доступ к базовым услугам");
        assertThat(goal.in(Locale.ENGLISH)).isEqualTo("Migrants reach basic services");
    }

    @Test
    void fallsBackToEnglishWhereTheTranslationIsMissingOrTheLanguageUnknown() {
        assertThat(LocalizedText.of("Only English", null).in(Locale.forLanguageTag("ru"))).isEqualTo("Only English");
        assertThat(LocalizedText.of("Only English", " ").in(Locale.forLanguageTag("ru"))).isEqualTo("Only English");
        assertThat(goal.in(Locale.forLanguageTag("tg"))).isEqualTo("Migrants reach basic services");
        assertThat(goal.in(null)).isEqualTo("Migrants reach basic services");
    }

    @Test
    void englishIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> LocalizedText.of(null, "Только по-русски"));
    }
}
