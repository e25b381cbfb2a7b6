package org.camove.reporting;

import static org.camove.reporting.ValueWorkbookLayout.header;
import static org.camove.reporting.ValueWorkbookLayout.label;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camove.indicators.IndicatorDescription;
import org.camove.logframe.MeasureType;
import org.camove.reporting.ValueWorkbookLayout.BreakdownColumn;
import org.camove.reporting.ValueWorkbookLayout.ValueColumn;

/**
 * Writes a partner's entry sheet as the values workbook ({@link ValueWorkbookLayout}), pre-filled with what is
 * kept: headers in the reader's language, only the cells a person fills unlocked (light yellow), the others
 * locked by sheet protection, numbers and yes/no checked by Excel's data validation as they are typed.
 */
final class ValueWorkbookTemplate implements AutoCloseable {

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final Locale locale;
    private final CellStyle headerStyle;
    private final CellStyle shownStyle;
    private final CellStyle inputStyle;
    private final CellStyle notApplicableStyle;

    private ValueWorkbookTemplate(Locale locale) {
        this.locale = locale;
        headerStyle = style(IndexedColors.GREY_25_PERCENT, true);
        var bold = book.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        headerStyle.setWrapText(true);
        shownStyle = style(null, true);
        shownStyle.setWrapText(true);
        inputStyle = style(IndexedColors.LIGHT_YELLOW, false);
        notApplicableStyle = style(IndexedColors.GREY_25_PERCENT, true);
    }

    static byte[] write(EntrySheet sheet, Locale locale) {
        try (var template = new ValueWorkbookTemplate(locale)) {
            return template.render(sheet);
        }
    }

    private byte[] render(EntrySheet entry) {
        var values = book.createSheet(ValueWorkbookLayout.valuesSheet(locale));
        var breakdown = book.createSheet(ValueWorkbookLayout.breakdownSheet(locale));
        headers(values, ValueColumn.values(), c -> header((ValueColumn) c, locale));
        headers(breakdown, BreakdownColumn.values(), c -> header((BreakdownColumn) c, locale));
        int valueRow = 1;
        int cellRow = 1;
        for (var row : entry.rows()) {
            valueRow(values.createRow(valueRow++), row);
            var kept = row.current() == null ? Map.<String, Figure>of() : row.current().reading().cells();
            for (String key : ValueRules.cellKeys(row.categories())) {
                breakdownRow(breakdown.createRow(cellRow++), row, key, kept.get(key));
            }
        }
        finish(values, ValueColumn.values().length, valueRow, new int[] {0, 0, 10, 45, 12, 22, 16, 10, 14, 14, 40, 8, 12, 40});
        finish(breakdown, BreakdownColumn.values().length, cellRow, new int[] {0, 0, 10, 40, 14, 14});
        numbers(values, valueRow, ValueColumn.VALUE, ValueColumn.DENOMINATOR, ValueColumn.SCORE);
        numbers(breakdown, cellRow, BreakdownColumn.VALUE, BreakdownColumn.DENOMINATOR);
        yesNo(values, valueRow);
        meta(entry);
        return bytes();
    }

    private void valueRow(Row row, EntrySheet.Row indicator) {
        var reading = indicator.current() == null ? null : indicator.current().reading();
        Set<ValueColumn> inputs = inputs(indicator.measureType(), !indicator.categories().isEmpty());
        for (var column : ValueColumn.values()) {
            Cell cell = row.createCell(column.ordinal());
            boolean input = inputs.contains(column);
            cell.setCellStyle(input ? inputStyle : EnumSet.range(ValueColumn.VALUE, ValueColumn.COMMENT).contains(column)
                    ? notApplicableStyle : shownStyle);
            switch (column) {
                case ID -> cell.setCellValue(indicator.indicatorId());
                case VERSION -> {
                    if (indicator.seenVersion() != null) {
                        cell.setCellValue(indicator.seenVersion());
                    }
                }
                case CODE -> cell.setCellValue(indicator.code());
                case NAME -> cell.setCellValue(indicator.name());
                case UNIT -> cell.setCellValue(indicator.unit());
                case MEASURE -> cell.setCellValue(label("measure." + indicator.measureType().name(), locale));
                case PREVIOUS -> cell.setCellValue(indicator.previous() == null ? "" : shown(indicator.previous().reading()));
                case TARGET -> number(cell, indicator.target());
                case VALUE -> number(cell, reading == null ? null : first(reading.total()));
                case DENOMINATOR -> number(cell, reading == null ? null : reading.total().denominator());
                case TEXT -> text(cell, reading == null ? null : reading.text());
                case SCORE -> number(cell, reading == null ? null : reading.score());
                case FULLY -> text(cell, reading == null || !input ? null : label(reading.fullyDisaggregated() ? "yes" : "no", locale));
                case COMMENT -> text(cell, reading == null ? null : reading.comment());
            }
        }
    }

    /** The columns a person fills for an indicator measured so, with or without a cross-tab. */
    private static Set<ValueColumn> inputs(MeasureType measure, boolean brokenDown) {
        Set<ValueColumn> inputs = switch (measure) {
            case NUMBER, YES_NO -> EnumSet.of(ValueColumn.VALUE);
            case PERCENTAGE -> EnumSet.of(ValueColumn.VALUE, ValueColumn.DENOMINATOR);
            case QUALITATIVE -> EnumSet.of(ValueColumn.TEXT, ValueColumn.SCORE);
        };
        if (brokenDown) {
            inputs.add(ValueColumn.FULLY);
        }
        inputs.add(ValueColumn.COMMENT);
        return inputs;
    }

    private void breakdownRow(Row row, EntrySheet.Row indicator, String key, Figure kept) {
        boolean ratio = indicator.measureType() == MeasureType.PERCENTAGE;
        for (var column : BreakdownColumn.values()) {
            Cell cell = row.createCell(column.ordinal());
            cell.setCellStyle(switch (column) {
                case VALUE -> inputStyle;
                case DENOMINATOR -> ratio ? inputStyle : notApplicableStyle;
                default -> shownStyle;
            });
            switch (column) {
                case ID -> cell.setCellValue(indicator.indicatorId());
                case KEY -> cell.setCellValue(key);
                case CODE -> cell.setCellValue(indicator.code());
                case CELL -> cell.setCellValue(cellName(indicator.categories(), key));
                case VALUE -> number(cell, kept == null ? null : first(kept));
                case DENOMINATOR -> number(cell, kept == null ? null : kept.denominator());
            }
        }
    }

    /** "Female · 18–35" for AGE=18-35;SEX=F, categories in the indicator's order. */
    static String cellName(List<IndicatorDescription.Category> categories, String key) {
        Map<String, String> options = java.util.Arrays.stream(key.split(";"))
                .collect(Collectors.toMap(part -> part.substring(0, part.indexOf('=')), part -> part.substring(part.indexOf('=') + 1)));
        return categories.stream().map(category -> category.options().stream()
                        .filter(o -> o.code().equals(options.get(category.code()))).findFirst()
                        .map(IndicatorDescription.Option::name).orElse(options.get(category.code())))
                .collect(Collectors.joining(" · "));
    }

    private static BigDecimal first(Figure figure) {
        return figure.value() != null ? figure.value() : figure.numerator();
    }

    private static String shown(ValueRules.Reading reading) {
        String figures = reading.total().toString();
        String text = reading.text() == null ? "" : reading.text();
        return figures.isEmpty() ? text : text.isEmpty() ? figures : figures + " · " + text;
    }

    private static void number(Cell cell, BigDecimal number) {
        if (number != null) {
            cell.setCellValue(number.doubleValue());
        }
    }

    private static void text(Cell cell, String text) {
        if (text != null) {
            cell.setCellValue(text);
        }
    }

    private void headers(XSSFSheet sheet, Enum<?>[] columns, java.util.function.Function<Enum<?>, String> text) {
        var row = sheet.createRow(0);
        for (var column : columns) {
            var cell = row.createCell(column.ordinal());
            cell.setCellValue(text.apply(column));
            cell.setCellStyle(headerStyle);
        }
    }

    private static void finish(XSSFSheet sheet, int columns, int rows, int[] widths) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.max(widths[c], 1) * 256);
        }
        sheet.setColumnHidden(0, true);
        sheet.setColumnHidden(1, true);
        sheet.createFreezePane(3, 1);
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(rows - 1, 0), 2, columns - 1));
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
        sheet.protectSheet(ValueWorkbookLayout.PROTECTION);
    }

    private void numbers(XSSFSheet sheet, int rows, Enum<?>... columns) {
        if (rows < 2) {
            return;
        }
        var helper = sheet.getDataValidationHelper();
        var constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "-999999999999999", "999999999999999");
        for (var column : columns) {
            add(sheet, helper.createValidation(constraint, new CellRangeAddressList(1, rows - 1, column.ordinal(), column.ordinal())),
                    label("validation.number", locale));
        }
    }

    private void yesNo(XSSFSheet sheet, int rows) {
        if (rows < 2) {
            return;
        }
        var helper = sheet.getDataValidationHelper();
        var constraint = helper.createExplicitListConstraint(new String[] {label("yes", locale), label("no", locale)});
        int column = ValueColumn.FULLY.ordinal();
        add(sheet, helper.createValidation(constraint, new CellRangeAddressList(1, rows - 1, column, column)),
                label("validation.choice", locale));
    }

    private static void add(XSSFSheet sheet, DataValidation validation, String message) {
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        validation.createErrorBox("camove", message);
        sheet.addValidationData(validation);
    }

    private void meta(EntrySheet entry) {
        var meta = book.createSheet(ValueWorkbookLayout.META_SHEET);
        var marker = meta.createRow(0);
        marker.createCell(0).setCellValue(ValueWorkbookLayout.MARKER);
        marker.createCell(1).setCellValue(ValueWorkbookLayout.FORMAT);
        var period = meta.createRow(ValueWorkbookLayout.META_PERIOD);
        period.createCell(0).setCellValue(entry.periodId());
        period.createCell(1).setCellValue(entry.quarter());
        var partner = meta.createRow(ValueWorkbookLayout.META_PARTNER);
        partner.createCell(0).setCellValue(entry.partnerId());
        partner.createCell(1).setCellValue(entry.partnerCode());
        meta.createRow(ValueWorkbookLayout.META_LANGUAGE).createCell(0).setCellValue(locale.getLanguage());
        meta.protectSheet(ValueWorkbookLayout.PROTECTION);
        book.setSheetVisibility(book.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
        book.setActiveSheet(0);
    }

    private CellStyle style(IndexedColors fill, boolean locked) {
        var style = book.createCellStyle();
        if (fill != null) {
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        style.setBorderBottom(BorderStyle.THIN);
        style.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        style.setLocked(locked);
        style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        return style;
    }

    private byte[] bytes() {
        var out = new ByteArrayOutputStream(32 * 1024);
        try {
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        try {
            book.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
