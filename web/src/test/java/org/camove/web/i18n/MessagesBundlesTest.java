package org.camove.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesBundlesTest {

    @Test
    void everyPageTextHasAnEnglishAndARussianVersionUnderTheSameKey() throws IOException {
        Properties english = load("messages.properties");
        Properties russian = load("messages_ru.properties");
        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(russian.getProperty("dashboard.country")).isEqualTo("Страна");
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessagesBundlesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
