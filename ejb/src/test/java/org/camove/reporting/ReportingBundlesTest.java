package org.camove.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The reminder e-mails and the refusals are written in English and in Russian, under the same keys. */
class ReportingBundlesTest {

    @Test
    void everyReminderAndEveryRefusalHasARussianTwin() throws IOException {
        assertThat(load("/org/camove/reporting/i18n/reminders_ru.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("/org/camove/reporting/i18n/reminders.properties").stringPropertyNames());
        assertThat(load("/org/camove/reporting/i18n/workbook_ru.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("/org/camove/reporting/i18n/workbook.properties").stringPropertyNames());
        assertThat(load("/org/camove/shared/i18n/errors_ru.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("/org/camove/shared/i18n/errors.properties").stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = ReportingBundlesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
