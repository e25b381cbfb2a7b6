package org.camove.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camove.reporting.EnteredValue;

/**
 * Reads a bulk of values ({@link PartnerValuesJson.Bulk}) as a stream, straight into what the entry rules read: a
 * bulk import is 100,000 figures and more, and binding it to records of {@code BigDecimal}s first, to turn them back
 * into text for the rules, cost more than the rules themselves. Figures are kept as sent: a number as its JSON text
 * (an exponent written out), a string as it is, so that "12,5" gets the rules' message naming its field rather than
 * a refusal of the whole body. Unknown members are skipped; a body that is not JSON, or not of this shape, is
 * {@link Malformed} (answered 400, without a field).
 */
final class BulkValuesReader {

    /** The body is not JSON, or not a bulk of values. */
    static final class Malformed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Malformed(Throwable cause) {
            super("not a bulk of values", cause);
        }
    }

    /** One value as sent: its indicator by code or id, and what was typed (see {@link EnteredValue}). */
    record Posted(String indicator, Long indicatorId, Long version, EnteredValue.Cell total, String text, String score,
                  boolean fullyDisaggregated, Map<String, EnteredValue.Cell> cells, String comment) {

        EnteredValue entered(long id) {
            return new EnteredValue(id, version, total, text, score, fullyDisaggregated, cells, comment);
        }
    }

    private BulkValuesReader() {
    }

    /**
     * The values in the order sent; a null in the list stays null (refused later by its place). The stream is read to
     * its end, which is what a fingerprint of the body read through it needs, and closed.
     */
    static List<Posted> read(InputStream json) {
        try (JsonParser parser = Json.createParser(json)) {
            expect(parser.next(), Event.START_OBJECT);
            List<Posted> values = null;
            for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
                if ("values".equals(parser.getString())) {
                    values = values(parser, new HashMap<>());
                } else {
                    skip(parser);
                }
            }
            if (values == null || parser.hasNext()) { // read to the end: nothing may follow the bulk
                throw new Malformed(null);
            }
            return values;
        } catch (JsonException | NoSuchElementException | IllegalStateException | NumberFormatException malformed) {
            throw new Malformed(malformed);
        }
    }

    /** {@code keys}: each option key once, however often sent (a bulk import's 100,000 cells have a few hundred). */
    private static List<Posted> values(JsonParser parser, Map<String, String> keys) {
        expect(parser.next(), Event.START_ARRAY);
        List<Posted> values = new ArrayList<>();
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            if (event == Event.VALUE_NULL) {
                values.add(null);
            } else {
                expect(event, Event.START_OBJECT);
                values.add(value(parser, keys));
            }
        }
        return values;
    }

    private static Posted value(JsonParser parser, Map<String, String> keys) {
        String indicator = null;
        String text = null;
        String score = null;
        String comment = null;
        Long indicatorId = null;
        Long version = null;
        boolean fully = false;
        String[] total = new String[3];
        Map<String, EnteredValue.Cell> cells = null;
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            switch (parser.getString()) {
                case "indicator" -> indicator = text(parser);
                case "indicatorId" -> indicatorId = whole(parser);
                case "version" -> version = whole(parser);
                case "value" -> total[0] = figure(parser);
                case "numerator" -> total[1] = figure(parser);
                case "denominator" -> total[2] = figure(parser);
                case "text" -> text = text(parser);
                case "score" -> score = figure(parser);
                case "fullyDisaggregated" -> fully = parser.next() == Event.VALUE_TRUE;
                case "cells" -> cells = cells(parser, keys);
                case "comment" -> comment = text(parser);
                default -> skip(parser);
            }
        }
        return new Posted(indicator, indicatorId, version, new EnteredValue.Cell(total[0], total[1], total[2]), text, score,
                fully, cells, comment);
    }

    /**
     * The cross-tab: option key → {value, numerator, denominator}; a null cell is an empty one. Immutable, as the
     * entered value keeps it (so it is not copied again), its keys the ones already read.
     */
    private static Map<String, EnteredValue.Cell> cells(JsonParser parser, Map<String, String> keys) {
        Event start = parser.next();
        if (start == Event.VALUE_NULL) {
            return null;
        }
        expect(start, Event.START_OBJECT);
        Map<String, EnteredValue.Cell> cells = new HashMap<>();
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String key = keys.computeIfAbsent(parser.getString(), k -> k);
            String[] figures = new String[3];
            Event cell = parser.next();
            if (cell != Event.VALUE_NULL) {
                expect(cell, Event.START_OBJECT);
                for (Event part = parser.next(); part != Event.END_OBJECT; part = parser.next()) {
                    switch (parser.getString()) {
                        case "value" -> figures[0] = figure(parser);
                        case "numerator" -> figures[1] = figure(parser);
                        case "denominator" -> figures[2] = figure(parser);
                        default -> skip(parser);
                    }
                }
            }
            cells.put(key, new EnteredValue.Cell(figures[0], figures[1], figures[2]));
        }
        return Map.copyOf(cells);
    }

    /** A figure as sent: a number's JSON text (an exponent written out), a string as it is, or null. */
    private static String figure(JsonParser parser) {
        return switch (parser.next()) {
            case VALUE_NUMBER -> {
                String number = parser.getString();
                yield number.indexOf('e') < 0 && number.indexOf('E') < 0 ? number : parser.getBigDecimal().toPlainString();
            }
            case VALUE_STRING -> parser.getString();
            case VALUE_NULL -> null;
            default -> throw new Malformed(null);
        };
    }

    private static String text(JsonParser parser) {
        return switch (parser.next()) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NULL -> null;
            default -> throw new Malformed(null);
        };
    }

    private static Long whole(JsonParser parser) {
        return switch (parser.next()) {
            case VALUE_NUMBER -> {
                if (!parser.isIntegralNumber()) {
                    throw new Malformed(null);
                }
                yield parser.getLong();
            }
            case VALUE_NULL -> null;
            default -> throw new Malformed(null);
        };
    }

    /** Skips the member's value, whatever it is. */
    private static void skip(JsonParser parser) {
        switch (parser.next()) {
            case START_OBJECT -> parser.skipObject();
            case START_ARRAY -> parser.skipArray();
            default -> {
            }
        }
    }

    private static void expect(Event event, Event expected) {
        if (event != expected) {
            throw new Malformed(null);
        }
    }
}
