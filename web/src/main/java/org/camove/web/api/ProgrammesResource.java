package org.camove.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camove.indicators.IndicatorReferenceSheet;
import org.camove.indicators.IndicatorReferenceSheets;
import org.camove.indicators.IndicatorResults;
import org.camove.logframe.LogframeService;
import org.camove.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Programmes, their logframes and their results. */
@Path("programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
public class ProgrammesResource {

    @EJB
    private LogframeService logframes;

    @EJB
    private IndicatorReferenceSheets referenceSheets;

    @EJB
    private IndicatorResults results;

    @Inject
    private CurrentUser user;

    @GET
    @Operation(summary = "The programmes", description = "Names in the caller's language.")
    public List<ProgrammeJson> programmes() {
        return logframes.programmes(user.getLocale()).stream().map(ProgrammeJson::from).toList();
    }

    @GET
    @Path("{code}/logframe")
    @Operation(summary = "A programme's logframe",
            description = "Levels, the results tree and each result's indicators (baseline and life-of-programme target); "
                    + "texts in the caller's language.")
    @APIResponse(responseCode = "200", description = "The logframe")
    @APIResponse(responseCode = "404", description = "No such programme")
    public LogframeJson logframe(@PathParam("code") @Parameter(example = "CAOTM") String code) {
        var view = logframes.logframe(code, user.getLocale()).orElseThrow(NotFoundException::new);
        return LogframeJson.from(view, referenceSheets.ofProgramme(code).stream()
                .collect(Collectors.toMap(IndicatorReferenceSheet::id, Function.identity())));
    }

    @GET
    @Path("{code}/results")
    @Operation(summary = "Results of every indicator of a programme",
            description = "Computed from approved values (and pending ones when asked) for the whole programme, a country "
                    + "or a partner over a range of quarters, in logframe order. A partner officer gets only their own "
                    + "organisation's figures.")
    @APIResponse(responseCode = "200", description = "The results")
    @APIResponse(responseCode = "400", description = "A bad filter, or a partner officer asking for another organisation")
    @APIResponse(responseCode = "404", description = "No such programme")
    public ResultsJson results(@PathParam("code") @Parameter(example = "CAOTM") String code, @BeanParam ResultsQuery query) {
        var filter = query.filter();
        var computed = results.results(code, filter, LocalDate.now()).orElseThrow(NotFoundException::new);
        return ResultsJson.from(computed, referenceSheets.codesOf(code));
    }
}
