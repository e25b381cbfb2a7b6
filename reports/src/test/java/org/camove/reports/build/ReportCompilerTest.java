package org.camove.reports.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.engine.xml.JRXmlWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCompilerTest {

    private static final String TEMPLATE = """
            <jasperReport name="%s" language="java" pageWidth="595" pageHeight="842" columnWidth="555"
                          leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
            	<parameter name="GREETING" class="java.lang.String"/>
            	<title height="20">
            		<element kind="textField" x="0" y="0" width="555" height="20">
            			<expression><![CDATA[%s]]></expression>
            		</element>
            	</title>
            </jasperReport>
            """;

    @TempDir
    Path sources;

    @TempDir
    Path target;

    @Test
    void compilesEveryTemplateToAJasperFileOfTheSameName() throws Exception {
        Files.writeString(sources.resolve("first.jrxml"), TEMPLATE.formatted("first", "$P{GREETING}"));
        Files.writeString(sources.resolve("second.jrxml"), TEMPLATE.formatted("second", "\"hello\""));
        Files.writeString(sources.resolve("notes.txt"), "not a template");

        List<Path> written = ReportCompiler.compileAll(sources, target.resolve("org/camove/reports"));

        assertThat(written).extracting(path -> path.getFileName().toString())
                .containsExactly("first.jasper", "second.jasper");
        JasperReport first = (JasperReport) JRLoader.loadObject(written.get(0).toFile());
        assertThat(first.getName()).isEqualTo("first");
    }

    @Test
    void failsOnAFolderWithoutTemplatesRatherThanShippingNoReports() throws IOException {
        Files.writeString(sources.resolve("notes.txt"), "not a template");

        assertThatIllegalArgumentException().isThrownBy(() -> ReportCompiler.compileAll(sources, target))
                .withMessageContaining("No .jrxml");
    }

    @Test
    void namesTheTemplateThatDoesNotCompile() throws IOException {
        Files.writeString(sources.resolve("broken.jrxml"), TEMPLATE.formatted("broken", "$P{NO_SUCH_PARAMETER}"));

        assertThatThrownBy(() -> ReportCompiler.compileAll(sources, target)).isInstanceOf(JRException.class)
                .hasMessageContaining("broken.jrxml");
    }

    @Test
    void jrxmlReadsAndWritesBackWithTheJacksonOnOurClassPath() throws Exception {
        // Guards the jackson-dataformat-xml pin in this module's pom: with the version JasperReports asks for next to
        // the WildFly BOM's jackson-databind, writing fails with NoSuchFieldError.
        JasperDesign design = JRXmlLoader.load(Path.of("src/main/jasperreports/logframe.jrxml").toFile());

        String written = JRXmlWriter.writeReport(design, "UTF-8");

        assertThat(written).contains("name=\"logframe\"", "$R{logframe.column.statement}");
    }
}
