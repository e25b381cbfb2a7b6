package org.camove.money;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camove.shared.InvalidInput;

/**
 * Reads a rate file: comma-separated, UTF-8, a header line {@code month,from,to,rate} (in any order, any case), then
 * one rate a line, e.g. {@code 2026-03,KGS,USD,0.01143500} (one KGS is worth 0.011435 USD). Nothing is taken unless
 * every line is right: each wrong line is named with what is wrong with it, and a pair and month given twice is
 * refused. Quotes and a byte-order mark (as spreadsheets write them) are accepted.
 */
public final class ExchangeRateCsv {

    /** Largest file taken at once: a few years of every pair is far below. */
    public static final int MAX_LINES = 20_000;
    private static final List<String> COLUMNS = List.of("month", "from", "to", "rate");

    private ExchangeRateCsv() {
    }

    public static List<Rate> parse(String csv) {
        String text = csv == null ? "" : csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<Numbered> records = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).setIgnoreEmptyLines(true).build().parse(new StringReader(text))) {
            var header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.containsAll(COLUMNS)) {
                throw InvalidInput.of("csv", "rate.csv.header", String.join(",", COLUMNS));
            }
            for (CSVRecord record : parser) {
                // the physical line, blank lines and quoted line breaks included (the header is line 1)
                records.add(new Numbered((int) parser.getCurrentLineNumber(), record));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInput.of("csv", "rate.csv.unreadable", String.valueOf(e.getMessage()));
        } catch (UncheckedIOException e) {
            throw InvalidInput.of("csv", "rate.csv.unreadable", String.valueOf(e.getCause().getMessage()));
        }
        if (records.isEmpty()) {
            throw InvalidInput.of("csv", "rate.csv.empty");
        }
        if (records.size() > MAX_LINES) {
            throw InvalidInput.of("csv", "rate.csv.tooLong", MAX_LINES, records.size());
        }
        List<InvalidInput.Violation> violations = new ArrayList<>();
        List<Rate> rates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Numbered numbered : records) {
            int line = numbered.line();
            CSVRecord record = numbered.record();
            if (!record.isConsistent()) {
                violations.add(lineViolation(line, "rate.csv.columns", record.size()));
                continue;
            }
            Rate rate = RateInput.parse(record.get("month"), record.get("from"), record.get("to"), record.get("rate"), line, violations);
            if (rate != null && !seen.add(rate.pair())) {
                violations.add(lineViolation(line, "rate.csv.duplicate", rate.pair()));
            } else if (rate != null) {
                rates.add(rate);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return rates;
    }

    private record Numbered(int line, CSVRecord record) {
    }

    private static InvalidInput.Violation lineViolation(int line, String key, Object argument) {
        return new InvalidInput.Violation("line" + line, key, List.of(line, argument));
    }
}
