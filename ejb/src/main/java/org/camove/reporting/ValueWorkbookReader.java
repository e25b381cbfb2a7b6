package org.camove.reporting;

import static org.camove.reporting.ValueWorkbookLayout.header;
import static org.camove.reporting.ValueWorkbookLayout.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camove.logframe.MeasureType;
import org.camove.reporting.ValueWorkbookLayout.BreakdownColumn;
import org.camove.reporting.ValueWorkbookLayout.ValueColumn;
import org.camove.shared.InvalidInput;
import org.camove.shared.LocalizedText;
import org.camove.shared.InvalidInput.Violation;

/**
 * Reads a filled values workbook back into entered values, refusing a file that is not one: not an XLSX by
 * its content, too big, a zip bomb, another partner's or period's, sheets or columns moved, formulas, rows of
 * indicators not assigned to the partner. Every refusal names its sheet, row and column; so do the refusals of
 * {@link ValueRules} once the values are saved ({@link #locate}). All violations are of the field
 * {@value #FIELD}, the upload.
 */
final class ValueWorkbookReader {

    /** The field every refusal of a workbook names: the uploaded file. */
    static final String FIELD = "file";
    /** Largest file read, in MB: a partner's workbook of a few hundred indicators is well under 1 MB. */
    static final int MAX_MB = 5;
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    static {
        // a zip bomb expands many times; nothing a person typed into a workbook does
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    /** Where a value's field was read from. */
    record Location(String sheet, int row, String column) {
    }

    /**
     * The values read, where each field of each came from, and the problems of single cells (formulas, rows of
     * indicators not assigned): those are reported together with the refusals of the values' rules.
     */
    record Upload(List<EnteredValue> values, Map<String, Location> locations, List<Violation> problems) {

        /** The refusal of the values' rules, each violation located in the workbook. */
        List<Violation> locate(InvalidInput refused) {
            return refused.violations().stream().map(v -> Optional.ofNullable(v.field()).map(locations::get)
                    .map(at -> located(at, v)).orElseGet(() -> new Violation(FIELD, v.key(), v.arguments()))).toList();
        }
    }

    private final EntrySheet entry;
    private final List<Violation> found = new ArrayList<>();
    private final Map<String, Location> locations = new HashMap<>();
    private Locale fileLanguage;

    private ValueWorkbookReader(EntrySheet entry) {
        this.entry = entry;
    }

    /** @throws InvalidInput naming every problem of the file, each where it is */
    static Upload read(byte[] file, EntrySheet entry) {
        if (file.length > MAX_MB * 1024 * 1024) {
            throw InvalidInput.of(FIELD, "workbook.tooBig", MAX_MB);
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K' || file[2] != 3 || file[3] != 4) {
            throw InvalidInput.of(FIELD, "workbook.notXlsx");
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            return new ValueWorkbookReader(entry).read(book);
        } catch (IOException | RuntimeException notAWorkbook) {
            if (notAWorkbook instanceof InvalidInput refused) {
                throw refused;
            }
            // POI refuses what is not a workbook (or a zip bomb) with assorted exceptions; all mean the same here
            throw InvalidInput.of(FIELD, "workbook.notXlsx");
        }
    }

    private Upload read(XSSFWorkbook book) {
        meta(book.getSheet(ValueWorkbookLayout.META_SHEET));
        Sheet values = sheet(book, 0, ValueWorkbookLayout.valuesSheet(fileLanguage));
        Sheet breakdown = sheet(book, 1, ValueWorkbookLayout.breakdownSheet(fileLanguage));
        headers(values, ValueColumn.values(), c -> header((ValueColumn) c, fileLanguage));
        headers(breakdown, BreakdownColumn.values(), c -> header((BreakdownColumn) c, fileLanguage));
        refuseFound();
        Map<Long, EntrySheet.Row> assigned = entry.rows().stream().collect(Collectors.toMap(EntrySheet.Row::indicatorId, r -> r));
        Map<Long, EnteredValue> read = new LinkedHashMap<>();
        Map<Long, Integer> rowOf = new HashMap<>();
        for (Row row : values) {
            if (row.getRowNum() == 0 || blank(row, ValueColumn.values().length)) {
                continue;
            }
            var indicator = indicator(values, row, ValueColumn.ID.ordinal(), ValueColumn.CODE, assigned);
            if (indicator != null && rowOf.containsKey(indicator.indicatorId())) {
                found.add(located(at(values, row, ValueColumn.CODE), new Violation(FIELD, "workbook.indicator.twice",
                        List.of(Integer.toString(rowOf.get(indicator.indicatorId()))))));
            } else if (indicator != null) {
                rowOf.put(indicator.indicatorId(), row.getRowNum() + 1);
                read.put(indicator.indicatorId(), value(values, row, indicator));
            }
        }
        Map<Long, Map<String, EnteredValue.Cell>> cells = new HashMap<>();
        for (Row row : breakdown) {
            if (row.getRowNum() == 0 || blank(row, BreakdownColumn.values().length)) {
                continue;
            }
            var indicator = indicator(breakdown, row, BreakdownColumn.ID.ordinal(), BreakdownColumn.CODE, assigned);
            if (indicator != null) {
                String key = text(breakdown, row, BreakdownColumn.KEY);
                var cell = figure(breakdown, row, indicator.measureType(), BreakdownColumn.VALUE, BreakdownColumn.DENOMINATOR,
                        "value[" + indicator.code() + "].cell[" + key + "]");
                cells.computeIfAbsent(indicator.indicatorId(), id -> new LinkedHashMap<>()).put(key, cell);
            }
        }
        List<EnteredValue> entered = read.entrySet().stream().map(e -> {
            var own = cells.getOrDefault(e.getKey(), Map.of());
            return own.isEmpty() ? e.getValue() : e.getValue().withCells(own, e.getValue().fullyDisaggregated());
        }).toList();
        return new Upload(entered, Map.copyOf(locations), List.copyOf(found));
    }

    private void meta(Sheet meta) {
        if (meta == null || !ValueWorkbookLayout.MARKER.equals(string(meta, 0, 0))) {
            throw InvalidInput.of(FIELD, "workbook.notTemplate");
        }
        if (number(meta, ValueWorkbookLayout.META_PERIOD, 0) != entry.periodId()) {
            throw InvalidInput.of(FIELD, "workbook.otherPeriod", string(meta, ValueWorkbookLayout.META_PERIOD, 1), entry.quarter());
        }
        if (number(meta, ValueWorkbookLayout.META_PARTNER, 0) != entry.partnerId()
                || !entry.partnerCode().equals(string(meta, ValueWorkbookLayout.META_PARTNER, 1))) {
            throw InvalidInput.of(FIELD, "workbook.otherPartner", string(meta, ValueWorkbookLayout.META_PARTNER, 1), entry.partnerCode());
        }
        fileLanguage = Locale.forLanguageTag(string(meta, ValueWorkbookLayout.META_LANGUAGE, 0));
        try {
            ValueWorkbookLayout.valuesSheet(fileLanguage);
        } catch (java.util.MissingResourceException unknownLanguage) {
            throw InvalidInput.of(FIELD, "workbook.notTemplate");
        }
    }

    private static Sheet sheet(XSSFWorkbook book, int index, String name) {
        if (book.getNumberOfSheets() <= index || !book.getSheetName(index).equals(name)) {
            throw InvalidInput.of(FIELD, "workbook.sheetMissing", name);
        }
        return book.getSheetAt(index);
    }

    private void headers(Sheet sheet, Enum<?>[] columns, Function<Enum<?>, String> expected) {
        Row row = sheet.getRow(0);
        for (var column : columns) {
            Cell cell = row == null ? null : row.getCell(column.ordinal());
            String header = cell == null ? "" : cell.toString().strip();
            if (!header.equals(expected.apply(column))) {
                found.add(located(new Location(sheet.getSheetName(), 1, letter(column)), new Violation(FIELD,
                        "workbook.column.unexpected", List.of(expected.apply(column), header))));
            }
        }
    }

    /** The assigned indicator a row is of, or null (refused where it is). */
    private EntrySheet.Row indicator(Sheet sheet, Row row, int idColumn, Enum<?> codeColumn, Map<Long, EntrySheet.Row> assigned) {
        Cell id = row.getCell(idColumn);
        EntrySheet.Row indicator = null;
        if (id != null && id.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
            indicator = assigned.get((long) id.getNumericCellValue());
        }
        if (indicator == null) {
            found.add(located(at(sheet, row, codeColumn), new Violation(FIELD, "workbook.indicator.unknown",
                    List.of(entry.partnerCode()))));
        }
        return indicator;
    }

    private EnteredValue value(Sheet sheet, Row row, EntrySheet.Row indicator) {
        String field = "value[" + indicator.code() + "]";
        var total = figure(sheet, row, indicator.measureType(), ValueColumn.VALUE, ValueColumn.DENOMINATOR, field);
        String version = text(sheet, row, ValueColumn.VERSION);
        return new EnteredValue(indicator.indicatorId(), version == null ? null : Long.valueOf(version), total,
                typed(sheet, row, ValueColumn.TEXT, field + ".text"), typed(sheet, row, ValueColumn.SCORE, field + ".score"),
                fully(sheet, row), Map.of(), typed(sheet, row, ValueColumn.COMMENT, field + ".comment"));
    }

    /** A number, or a numerator and denominator, from two columns; their fields located there. */
    private EnteredValue.Cell figure(Sheet sheet, Row row, MeasureType measure, Enum<?> value, Enum<?> denominator, String field) {
        if (measure == MeasureType.PERCENTAGE) {
            locations.put(field, at(sheet, row, value));
            return EnteredValue.Cell.ratio(typed(sheet, row, value, field + ".numerator"),
                    typed(sheet, row, denominator, field + ".denominator"));
        }
        return EnteredValue.Cell.number(typed(sheet, row, value, field));
    }

    private String typed(Sheet sheet, Row row, Enum<?> column, String field) {
        locations.put(field, at(sheet, row, column));
        return text(sheet, row, column);
    }

    private boolean fully(Sheet sheet, Row row) {
        String typed = text(sheet, row, ValueColumn.FULLY);
        String yes = ValueWorkbookLayout.label("yes", fileLanguage);
        String no = ValueWorkbookLayout.label("no", fileLanguage);
        if (typed == null || typed.equalsIgnoreCase(no) || typed.equals("0")) {
            return false;
        }
        if (!typed.equalsIgnoreCase(yes) && !typed.equals("1")) {
            found.add(located(at(sheet, row, ValueColumn.FULLY), new Violation(FIELD, "workbook.yesNo", List.of(yes, no))));
        }
        return true;
    }

    /** What a cell holds as typed: numbers in plain digits; a formula is refused, whatever it computed. */
    private String text(Sheet sheet, Row row, Enum<?> column) {
        Cell cell = row.getCell(column.ordinal());
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().isBlank() ? null : cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "1" : "0";
            case BLANK, _NONE -> null;
            case FORMULA, ERROR -> {
                found.add(located(at(sheet, row, column), new Violation(FIELD, "workbook.formula", List.of())));
                yield null;
            }
        };
    }

    private static boolean blank(Row row, int columns) {
        for (int c = 0; c < columns; c++) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() != org.apache.poi.ss.usermodel.CellType.BLANK && !cell.toString().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void refuseFound() {
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }

    private static Location at(Sheet sheet, Row row, Enum<?> column) {
        return new Location(sheet.getSheetName(), row.getRowNum() + 1, letter(column));
    }

    /** The violation where it is; its message is told in the reader's language whenever it is read. */
    static Violation located(Location at, Violation violation) {
        return new Violation(FIELD, "workbook.at", List.of(at.sheet(), Integer.toString(at.row()), at.column(),
                LocalizedText.of(violation.message(Locale.ENGLISH), violation.message(RUSSIAN))));
    }

    private static String string(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        return cell == null ? "" : cell.toString();
    }

    private static long number(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        return cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? (long) cell.getNumericCellValue() : -1;
    }
}
