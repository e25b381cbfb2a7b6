package org.camove.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ReportBundlesTest {

    private static final String ENGLISH = "org/camove/reports/i18n/reports.properties";
    private static final String RUSSIAN = "org/camove/reports/i18n/reports_ru.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern RESOURCE_REFERENCE = Pattern.compile("\\$R\\{([A-Za-z][\\w.]*)}");

    private static Properties load(String resource) throws IOException {
        try (InputStream in = ReportBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void englishAndRussianHaveTheSameKeys() throws IOException {
        assertThat(load(RUSSIAN).stringPropertyNames()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(load(ENGLISH).stringPropertyNames());
    }

    @Test
    void translationsKeepTheSamePlaceholders() throws IOException {
        Properties english = load(ENGLISH);
        Properties russian = load(RUSSIAN);
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(russian.getProperty(key, ""))).as(key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void russianLabelsAreCyrillicAndNotBlank() throws IOException {
        Properties russian = load(RUSSIAN);
        for (String key : russian.stringPropertyNames()) {
            assertThat(russian.getProperty(key)).as(key).isNotBlank().containsPattern("\\p{IsCyrillic}");
        }
    }

    @Test
    void everyLabelATemplateUsesExists() throws IOException {
        Set<String> keys = load(ENGLISH).stringPropertyNames();
        Set<String> used = new TreeSet<>();
        // Surefire runs in the module folder; the templates are not on the class path.
        try (Stream<Path> templates = Files.list(Path.of("src/main/jasperreports"))) {
            for (Path template : templates.filter(file -> file.toString().endsWith(".jrxml")).toList()) {
                Matcher matcher = RESOURCE_REFERENCE.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }
}
