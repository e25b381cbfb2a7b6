package org.camove.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code *.jrxml} in a source folder to a {@code .jasper} of the same base name in a target folder.
 * <p>
 * Maven runs it in a forked JVM during {@code process-classes} (see this module's pom): JasperReports' Java compiler
 * takes its class path from {@code java.class.path}, which is only right in a JVM started with this module's class
 * path.
 */
public final class ReportCompiler {

    private static final String SOURCE_SUFFIX = ".jrxml";
    private static final String COMPILED_SUFFIX = ".jasper";

    private ReportCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            System.err.println("usage: ReportCompiler <folder with .jrxml> <folder for .jasper>");
            System.exit(2);
        }
        compileAll(Path.of(args[0]), Path.of(args[1]));
    }

    /**
     * Compiles the templates directly inside {@code sourceDir} (not in subfolders) and returns the files written.
     *
     * @throws IllegalArgumentException if {@code sourceDir} holds no template, which means the build points at the
     *         wrong folder: failing is better than shipping a jar without its reports
     */
    public static List<Path> compileAll(Path sourceDir, Path targetDir) throws IOException, JRException {
        List<Path> templates;
        try (Stream<Path> files = Files.list(sourceDir)) {
            templates = files.filter(file -> file.getFileName().toString().endsWith(SOURCE_SUFFIX)).sorted().toList();
        }
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("No " + SOURCE_SUFFIX + " templates in " + sourceDir.toAbsolutePath());
        }
        Files.createDirectories(targetDir);
        List<Path> written = new ArrayList<>();
        for (Path template : templates) {
            String name = template.getFileName().toString();
            Path compiled = targetDir.resolve(name.substring(0, name.length() - SOURCE_SUFFIX.length()) + COMPILED_SUFFIX);
            try {
                JasperCompileManager.compileReportToFile(template.toString(), compiled.toString());
            } catch (JRException e) {
                // JasperReports' own message omits the file name, which is what one needs with several templates.
                throw new JRException("Cannot compile " + template.toAbsolutePath() + ": " + e.getMessage(), e);
            }
            written.add(compiled);
        }
        return written;
    }
}
