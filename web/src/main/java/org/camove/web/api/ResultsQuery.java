package org.camove.web.api;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camove.indicators.ResultsFilter;
import org.camove.indicators.aggregation.Quarter;
import org.camove.shared.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The results filter as query parameters, the same choices as the dashboard's and the IPTT's. */
public class ResultsQuery {

    @QueryParam("partner")
    @Parameter(description = "One partner organisation's code; a partner officer may name only their own", example = "KG-02")
    private String partner;

    @QueryParam("country")
    @Parameter(description = "The partners of one country (ISO code)", example = "KG")
    private String country;

    @QueryParam("from")
    @Parameter(description = "First quarter; the programme's first when absent", example = "2025-Q1")
    private String from;

    @QueryParam("to")
    @Parameter(description = "Last quarter; the last with approved values (to date) when absent", example = "2026-Q2")
    private String to;

    @QueryParam("includePending")
    @Parameter(description = "true to count submitted values not yet approved; official figures never do", example = "false")
    private String includePending;

    /** @throws InvalidInput naming every parameter that is not written as documented */
    ResultsFilter filter() {
        List<InvalidInput.Violation> refused = new ArrayList<>();
        Quarter first = parsed(refused, () -> ResultsFilter.of(null, null, from, null, false).from());
        Quarter last = parsed(refused, () -> ResultsFilter.of(null, null, null, to, false).to());
        Boolean pending = parsed(refused, this::pending);
        if (!refused.isEmpty()) {
            throw new InvalidInput(refused);
        }
        return new ResultsFilter(country, partner, first, last, pending);
    }

    private boolean pending() {
        if (includePending == null || includePending.isBlank() || includePending.equalsIgnoreCase("false")) {
            return false;
        }
        if (includePending.equalsIgnoreCase("true")) {
            return true;
        }
        throw InvalidInput.of("includePending", "results.filter.badIncludePending", includePending);
    }

    private static <T> T parsed(List<InvalidInput.Violation> refused, Supplier<T> parsing) {
        try {
            return parsing.get();
        } catch (InvalidInput e) {
            refused.addAll(e.violations());
            return null;
        }
    }
}
