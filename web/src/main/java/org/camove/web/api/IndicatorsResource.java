package org.camove.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.camove.indicators.IndicatorReferenceSheets;
import org.camove.indicators.IndicatorResults;
import org.camove.logframe.IndicatorDefinitions;
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

    @EJB
    private IndicatorDefinitions definitions;

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

    @GET
    @Path("{id}/definition")
    @Operation(summary = "An indicator's definition as it is edited",
            description = "The editable definition (texts, rules, baseline, targets keyed by quarter and partner, "
                    + "category and partner codes) and the version to quote when saving. Programme managers only.")
    @APIResponse(responseCode = "200", description = "The definition and its version")
    @APIResponse(responseCode = "403", description = "The caller's role may not define indicators")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public EditedIndicatorJson definition(@PathParam("id") long id) {
        return definitions.draftOf(id, Locale.ENGLISH).map(draft -> new EditedIndicatorJson(draft.version(), draft.definition()))
                .orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id}/definition")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Redefine an indicator", description = "Quote the version read; every field is replaced.")
    @APIResponse(responseCode = "200", description = "Saved; the definition as it is now, with its new version")
    @APIResponse(responseCode = "400", description = "A refused definition, one message per field")
    @APIResponse(responseCode = "403", description = "The caller's role may not define indicators")
    @APIResponse(responseCode = "409", description = "Someone else saved it since that version; nothing was saved")
    public EditedIndicatorJson redefine(@PathParam("id") long id, EditedIndicatorJson edited) {
        if (edited == null || edited.definition() == null) {
            throw new BadRequestException();
        }
        definitions.update(id, edited.version(), edited.definition());
        return definition(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an indicator", description = "Only one for which nothing was reported; quote the version read.")
    @APIResponse(responseCode = "204", description = "Deleted, with its targets, categories and partners")
    @APIResponse(responseCode = "400", description = "Values were reported for it")
    @APIResponse(responseCode = "409", description = "Someone else saved it since that version; nothing was deleted")
    public void delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        if (version == null) {
            throw new BadRequestException();
        }
        definitions.delete(id, version);
    }
}
