package org.camove.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Map;
import org.camove.indicators.IndicatorReferenceSheets;
import org.camove.indicators.IndicatorResults;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Indicators: their definitions and their computed results. */
@Path("indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
public class IndicatorsResource {

    @EJB
    private IndicatorReferenceSheets referenceSheets;

    @EJB
    private IndicatorResults results;

    @GET
    @Path("{id}")
    @Operation(summary = "An indicator's full definition",
            description = "Texts in English and Russian, aggregation rules, baseline, targets, disaggregation categories "
                    + "with their options, responsible partners. A partner officer sees no other partner's targets.")
    @APIResponse(responseCode = "200", description = "The definition")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public IndicatorJson indicator(@PathParam("id") long id) {
        return referenceSheets.definition(id).map(IndicatorJson::from).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "An indicator's results for a scope",
            description = "Per quarter actual and target, total and target to date, % of target, status, flags and "
                    + "disaggregated values keyed by category option codes (SEX=F, AGE=18-35;SEX=F). A partner officer "
                    + "gets only their own organisation's figures.")
    @APIResponse(responseCode = "200", description = "The results")
    @APIResponse(responseCode = "400", description = "A bad filter, or a partner officer asking for another organisation")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public ResultsJson results(@PathParam("id") long id, @BeanParam ResultsQuery query) {
        var filter = query.filter();
        var indicator = referenceSheets.definition(id).orElseThrow(NotFoundException::new);
        var computed = results.indicatorResults(id, filter, LocalDate.now()).orElseThrow(NotFoundException::new);
        return ResultsJson.from(computed, Map.of(id, indicator.code()));
    }
}
