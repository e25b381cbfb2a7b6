package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camove.indicators.ReportedValueChanges;
import org.camove.reporting.ValueWorkbooks;
import org.camove.shared.InvalidInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The values workbook of partner TJ-01 for the demo programme's open period (2026-Q4), read back with POI and
 * filled with POI as a person would fill it in Excel, uploaded by a programme manager on the partner's behalf:
 * saved with its cells; the same file again changes nothing; every problem of a wrong file is located by sheet,
 * row and column and nothing is saved; disguised files, other partners' files and another partner's ids are
 * refused. Each test removes what it entered (TJ-01 has nothing in 2026-Q4 in the demo data set).
 */
@ExtendWith(ArquillianExtension.class)
class ValueWorkbookIT {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(ValueWorkbookIT.class).addClasses(AsNamedManager.class, AsNamedPartnerOfficer.class,
                IdentitiesForTests.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedManager manager;

    @EJB
    private AsNamedPartnerOfficer partnerKg;

    @EJB
    private ValueWorkbooks workbooks;

    private long tj01;
    private long kg02;
    private long openPeriod;
    private boolean hadPackage;

    @BeforeEach
    void demoIds() {
        IdentitiesForTests.create(tx);
        tj01 = number("SELECT id FROM organisation WHERE code = 'TJ-01'");
        kg02 = number("SELECT id FROM organisation WHERE code = 'KG-02'");
        openPeriod = number("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2026 AND quarter = 4 AND state = 'OPEN'");
        hadPackage = number("SELECT COUNT(*) FROM report_submission WHERE reporting_period_id = " + openPeriod
                + " AND partner_id = " + tj01) > 0;
    }

    @AfterEach
    void removeEnteredValues() {
        tx.call(em -> {
            List<?> indicators = em.createNativeQuery("SELECT DISTINCT indicator_id " + entered("indicator_value")).getResultList();
            em.createNativeQuery("DELETE " + entered("indicator_value")).executeUpdate();
            em.createNativeQuery("DELETE " + entered("indicator_value_change")).executeUpdate();
            if (!hadPackage) {
                String own = " WHERE report_submission_id IN (SELECT id FROM report_submission WHERE reporting_period_id = "
                        + openPeriod + " AND partner_id = " + tj01 + ")";
                em.createNativeQuery("DELETE FROM report_submission_transition" + own).executeUpdate();
                em.createNativeQuery("DELETE FROM report_submission_comment" + own).executeUpdate();
                em.createNativeQuery("DELETE FROM report_submission WHERE reporting_period_id = " + openPeriod
                        + " AND partner_id = " + tj01).executeUpdate();
            }
            ReportedValueChanges.record(em, indicators.stream().map(i -> ((Number) i).longValue()).toList());
            return null;
        });
    }

    @Test
    void theTemplateHasTheAssignedIndicatorsAndARowPerCellOfEachCrossTab_inTheReadersLanguage() throws IOException {
        try (var book = open(manager.call(() -> workbooks.template(openPeriod, tj01, Locale.ENGLISH)))) {
            assertThat(IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName)).containsExactly("Values", "Breakdown", "camove");
            assertThat(book.getSheetVisibility(2)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            XSSFSheet values = book.getSheet("Values");
            assertThat(text(values.getRow(0), 2)).isEqualTo("Code");
            assertThat(text(values.getRow(0), 8)).isEqualTo("Value or numerator");
            assertThat(values.isColumnHidden(0)).as("indicator id").isTrue();
            assertThat(values.isColumnHidden(1)).as("version read").isTrue();
            assertThat(values.getProtect()).isTrue();
            assertThat(values.getRow(1).getCell(2).getCellStyle().getLocked()).as("the code is not to be typed over").isTrue();
            assertThat(values.getRow(1).getCell(8).getCellStyle().getLocked()).as("the value is").isFalse();
            assertThat(values.getDataValidations()).isNotEmpty();

            List<String> assigned = strings("SELECT i.code FROM indicator i JOIN indicator_partner p ON p.indicator_id = i.id "
                    + "JOIN result r ON r.id = i.result_id WHERE p.organisation_id = " + tj01 + " AND r.programme_id = 1 ORDER BY r.id, i.position");
            assertThat(rows(values).stream().map(r -> text(r, 2)).toList()).isEqualTo(assigned);
            assertThat(rows(values).stream().filter(r -> text(r, 2).equals("1.b")).findFirst().orElseThrow().getCell(0).getNumericCellValue())
                    .isEqualTo(number("SELECT id FROM indicator WHERE code = '1.b' AND result_id IN (SELECT id FROM result WHERE programme_id = 1)"));

            long sexTimesAge = number("SELECT COUNT(*) FROM category_option o JOIN disaggregation_category c ON c.id = o.category_id "
                    + "WHERE c.code = 'SEX'") * number("SELECT COUNT(*) FROM category_option o JOIN disaggregation_category c "
                    + "ON c.id = o.category_id WHERE c.code = 'AGE'");
            var breakdown = book.getSheet("Breakdown");
            assertThat(rows(breakdown).stream().filter(r -> text(r, 2).equals("1.b")).count()).isEqualTo(sexTimesAge);
            var girls = rows(breakdown).stream().filter(r -> text(r, 2).equals("1.b") && text(r, 1).equals("AGE=0-17;SEX=F")).findFirst();
            assertThat(girls).hasValueSatisfying(r -> assertThat(text(r, 3)).isEqualTo(optionName("SEX", "F", "name_en") + " · "
                    + optionName("AGE", "0-17", "name_en")));
        }

        try (var book = open(manager.call(() -> workbooks.template(openPeriod, tj01, RU)))) {
            assertThat(book.getSheetName(0)).isEqualTo("Значения");
            assertThat(book.getSheetName(1)).isEqualTo("Разбивка");
            assertThat(text(book.getSheetAt(0).getRow(0), 2)).isEqualTo("Код");
            assertThat(text(book.getSheetAt(0).getRow(0), 13)).isEqualTo("Комментарий");
            assertThat(rows(book.getSheetAt(1)).stream().map(r -> text(r, 3))).contains(optionName("SEX", "F", "name_ru") + " · "
                    + optionName("AGE", "0-17", "name_ru"));
        }
    }

    @Test
    void aFilledWorkbookIsSavedWithItsCells_andTheSameFileAgainChangesNothing() {
        byte[] filled = fill(manager.call(() -> workbooks.template(openPeriod, tj01, Locale.ENGLISH)), book -> {
            value(book, "1.b", 8, 35);
            value(book, "1.b", 12, "yes");
            value(book, "1.b", 13, "from the intake register");
            cell(book, "1.b", "AGE=0-17;SEX=F", 10);
            cell(book, "1.b", "AGE=18-35;SEX=F", 20);
            cell(book, "1.b", "AGE=0-17;SEX=M", 5);
            value(book, "1.c", 8, "1 200");
        });

        assertThat(manager.call(() -> workbooks.upload(openPeriod, tj01, filled, Locale.ENGLISH))).isEqualTo(2);

        assertThat(strings("SELECT CONCAT(i.code, '=', CAST(v.value AS SIGNED), ' ', v.fully_disaggregated, ' ', "
                + "v.entered_on_behalf, ' ', COALESCE(v.comment, '-')) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                + "WHERE v.partner_id = " + tj01 + " AND v.year = 2026 AND v.quarter = 4 AND v.approval_state = 'PENDING' ORDER BY i.code"))
                .containsExactly("1.b=35 1 1 from the intake register", "1.c=1200 0 1 -");
        assertThat(strings("SELECT CONCAT(c.option_key, '=', CAST(c.value AS SIGNED)) FROM indicator_value_cell c "
                + "JOIN indicator_value v ON v.id = c.value_id " + where("v") + " ORDER BY c.option_key"))
                .containsExactly("AGE=0-17;SEX=F=10", "AGE=0-17;SEX=M=5", "AGE=18-35;SEX=F=20");
        long audit = number("SELECT COUNT(*) " + entered("indicator_value_change"));
        long versions = number("SELECT SUM(version) " + entered("indicator_value"));
        assertThat(audit).isEqualTo(2);

        manager.call(() -> workbooks.upload(openPeriod, tj01, filled, Locale.ENGLISH));
        var fresh = manager.call(() -> workbooks.template(openPeriod, tj01, Locale.ENGLISH));
        manager.call(() -> workbooks.upload(openPeriod, tj01, fresh, Locale.ENGLISH));

        assertThat(number("SELECT COUNT(*) " + entered("indicator_value_change"))).as("no change audited").isEqualTo(audit);
        assertThat(number("SELECT SUM(version) " + entered("indicator_value"))).as("no value rewritten").isEqualTo(versions);
        try (var book = open(fresh)) {
            var row = row(book.getSheet("Values"), "1.b");
            assertThat(row.getCell(8).getNumericCellValue()).as("the template holds what is kept").isEqualTo(35);
            assertThat(row.getCell(1).getNumericCellValue()).as("and its version").isEqualTo(
                    number("SELECT version " + entered("indicator_value") + " AND indicator_id = " + (long) row.getCell(0).getNumericCellValue()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyProblemOfAFileIsLocatedBySheetRowAndColumn_andNothingIsSaved() {
        byte[] template = manager.call(() -> workbooks.template(openPeriod, tj01, Locale.ENGLISH));
        int[] rows = new int[3];
        byte[] wrong = fill(template, book -> {
            rows[0] = value(book, "1.b", 8, "-4");
            rows[1] = value(book, "1.c", 8, "twelve");
            rows[2] = row(book.getSheet("Values"), "1.1.b").getRowNum() + 1;
            row(book.getSheet("Values"), "1.1.b").getCell(8).setCellFormula("2+3");
            value(book, "G.a", 8, 40);
        });

        var refused = catchThrowableOfType(InvalidInput.class, () -> manager.call(() -> workbooks.upload(openPeriod, tj01, wrong, Locale.ENGLISH)));
        assertThat(refused.violations()).extracting(v -> v.message(Locale.ENGLISH)).containsExactlyInAnyOrder(
                "Values, row " + rows[0] + ", column I: 1.b: a count cannot be negative (-4).",
                "Values, row " + rows[1] + ", column I: 1.c: \"twelve\" is not a number. Write digits, with a point or a comma before at most four decimals.",
                "Values, row " + rows[2] + ", column I: a formula is not accepted here; type the figure itself.");
        assertThat(refused.violations()).extracting(InvalidInput.Violation::field).containsOnly("file");
        assertThat(refused.violations()).extracting(v -> v.message(RU)).contains(
                "Values, строка " + rows[0] + ", столбец I: 1.b: количество не может быть отрицательным (-4).");
        assertThat(number("SELECT COUNT(*) " + entered("indicator_value"))).as("not even G.a, which was right").isZero();

        byte[] notAddingUp = fill(template, book -> {
            value(book, "1.b", 8, 40);
            value(book, "1.b", 12, "yes");
            cell(book, "1.b", "AGE=0-17;SEX=F", 10);
        });
        var cells = catchThrowableOfType(InvalidInput.class, () -> manager.call(() -> workbooks.upload(openPeriod, tj01, notAddingUp, Locale.ENGLISH)));
        assertThat(cells.violations()).singleElement().satisfies(v -> assertThat(v.message(Locale.ENGLISH))
                .startsWith("Values, row ").contains(", column I: 1.b: the cells add up to 10, not to the total 40."));
    }

    @Test
    void movedColumnsAndSheetsAreRefused() {
        byte[] template = manager.call(() -> workbooks.template(openPeriod, tj01, Locale.ENGLISH));
        byte[] renamed = fill(template, book -> {
            book.getSheet("Values").protectSheet(null);
            book.getSheet("Values").getRow(0).getCell(9).setCellValue("Numerator");
        });
        assertThat(refusal(renamed, Locale.ENGLISH)).containsExactly(
                "Values, row 1, column J: expected the column \"Denominator\", found \"Numerator\". Keep the template's columns as they are.");
        byte[] moved = fill(template, book -> book.setSheetOrder("Breakdown", 0));
        assertThat(refusal(moved, Locale.ENGLISH)).containsExactly(
                "The sheet \"Values\" is missing or was moved. Keep the template's sheets as they are.");
    }

    @Test
    void disguisedAndForeignFilesAreRefusedWithNothingSaved() throws IOException {
        assertThat(refusal("%PDF-1.7 not a workbook".getBytes(StandardCharsets.US_ASCII), Locale.ENGLISH)).containsExactly(
                "This file is not an Excel workbook (.xlsx). Upload the values workbook downloaded from camove, saved as .xlsx.");
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("values.txt"));
            out.write("1.b;35".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refusal(zip.toByteArray(), RU)).containsExactly(
                "Этот файл не является книгой Excel (.xlsx). Загрузите книгу значений, скачанную из camove и сохранённую как .xlsx.");
        assertThat(refusal(new byte[ValueWorkbooks.MAX_MB * 1024 * 1024 + 1], Locale.ENGLISH)).singleElement()
                .asString().startsWith("The file is larger than 5 MB.");
        assertThat(refusal(zipBomb(manager.call(() -> workbooks.template(openPeriod, tj01, Locale.ENGLISH))), Locale.ENGLISH))
                .as("a workbook with a part that inflates a thousandfold").singleElement().asString()
                .startsWith("This file is not an Excel workbook (.xlsx).");
        try (var plain = new XSSFWorkbook()) {
            plain.createSheet("Values");
            var out = new ByteArrayOutputStream();
            plain.write(out);
            assertThat(refusal(out.toByteArray(), Locale.ENGLISH)).singleElement().asString().startsWith("This workbook is not a camove values workbook.");
        }

        byte[] kg02File = fill(manager.call(() -> workbooks.template(openPeriod, kg02, Locale.ENGLISH)), book -> value(book, "1.b", 8, 12));
        assertThat(refusal(kg02File, Locale.ENGLISH)).containsExactly(
                "This workbook is for partner KG-02, not for TJ-01. Download the template for this partner.");

        var foreign = catchThrowableOfType(InvalidInput.class, () -> partnerKg.call(() -> workbooks.upload(openPeriod, tj01, kg02File, Locale.ENGLISH)));
        assertThat(foreign.violations()).singleElement().satisfies(v -> assertThat(v.key()).isEqualTo("entry.notYourOrganisation"));
        var download = catchThrowableOfType(InvalidInput.class, () -> partnerKg.call(() -> workbooks.template(openPeriod, tj01, Locale.ENGLISH)));
        assertThat(download.violations()).singleElement().satisfies(v -> assertThat(v.key()).isEqualTo("entry.notYourOrganisation"));
        assertThat(number("SELECT COUNT(*) " + entered("indicator_value"))).isZero();
        assertThat(number("SELECT COUNT(*) FROM indicator_value WHERE partner_id = " + kg02 + " AND year = 2026 AND quarter = 4 "
                + "AND entered_by = '" + IdentitiesForTests.MANAGER + "'")).isZero();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private List<String> refusal(byte[] file, Locale locale) {
        var refused = catchThrowableOfType(InvalidInput.class, () -> manager.call(() -> workbooks.upload(openPeriod, tj01, file, locale)));
        assertThat(refused).as("refused").isNotNull();
        assertThat(number("SELECT COUNT(*) " + entered("indicator_value"))).isZero();
        return refused.violations().stream().map(v -> v.message(locale)).toList();
    }

    /** The workbook with one more part: 50 MB of one repeated character, which deflates to a few kilobytes. */
    private static byte[] zipBomb(byte[] workbook) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(workbook)); var zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
            }
            zip.putNextEntry(new ZipEntry("xl/media/padding.xml"));
            byte[] block = new byte[1024 * 1024];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                zip.write(block);
            }
        }
        return out.toByteArray();
    }

    private static XSSFWorkbook open(byte[] file) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] fill(byte[] template, Consumer<XSSFWorkbook> typing) {
        try (var book = open(template)) {
            typing.accept(book);
            var out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types into the indicator's row of sheet Values; answers the row's number as Excel shows it. */
    private static int value(XSSFWorkbook book, String code, int column, Object typed) {
        var row = row(book.getSheet("Values"), code);
        set(row, column, typed);
        return row.getRowNum() + 1;
    }

    private static void cell(XSSFWorkbook book, String code, String key, double typed) {
        var row = rows(book.getSheet("Breakdown")).stream().filter(r -> text(r, 2).equals(code) && text(r, 1).equals(key))
                .findFirst().orElseThrow();
        set(row, 4, typed);
    }

    private static void set(Row row, int column, Object typed) {
        var cell = row.getCell(column);
        if (typed instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue((String) typed);
        }
    }

    private static Row row(Sheet sheet, String code) {
        return rows(sheet).stream().filter(r -> text(r, 2).equals(code)).findFirst().orElseThrow();
    }

    private static List<Row> rows(Sheet sheet) {
        return IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow).toList();
    }

    private static String text(Row row, int column) {
        var cell = row.getCell(column);
        return cell == null ? "" : cell.toString();
    }

    private String optionName(String category, String option, String column) {
        return strings("SELECT o." + column + " FROM category_option o JOIN disaggregation_category c ON c.id = o.category_id "
                + "WHERE c.code = '" + category + "' AND o.code = '" + option + "'").get(0);
    }

    private String entered(String table) {
        return "FROM " + table + " " + where(table);
    }

    private String where(String table) {
        return "WHERE " + table + ".partner_id = " + tj01 + " AND " + table + ".year = 2026 AND " + table + ".quarter = 4";
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql) {
        return tx.call(em -> ((List<Object>) em.createNativeQuery(sql).getResultList()).stream().map(String::valueOf).toList());
    }

    private long number(String sql) {
        return tx.call(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
