package org.camove.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.camove.logframe.IndicatorDefinition;
import org.camove.logframe.IndicatorDefinitions;
import org.camove.logframe.LogframeEditing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A programme's logframe results as programme managers edit them: read one with the version to quote,
 * add one, restate one. Codes follow the tree (LogframeEditing renumbers); a save based on a version
 * someone else has changed since is refused with 409, nothing of it kept.
 */
@Path("programmes/{code}/logframe/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Logframe editing", description = "Programme managers and administrators only")
public class LogframeResultsResource {

    @EJB
    private LogframeEditing editing;

    @EJB
    private IndicatorDefinitions definitions;

    @GET
    @Path("{id}")
    @Operation(summary = "A logframe result as it is edited", description = "Its texts in both languages and its version.")
    @APIResponse(responseCode = "200", description = "The result")
    @APIResponse(responseCode = "403", description = "The caller's role may not edit the logframe")
    @APIResponse(responseCode = "404", description = "No such programme or result")
    public ResultDraftJson result(@PathParam("code") @Parameter(example = "CAOTM") String programme,
                                  @PathParam("id") long id) {
        return editing.result(programme, id).map(ResultDraftJson::from).orElseThrow(NotFoundException::new);
    }

    @POST
    @Operation(summary = "Add a result",
            description = "Under parentId (at the next level), or at the top when parentId is absent; it is coded by "
                    + "its place in the tree (G, 1, 1.2, ...).")
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = "Refused texts or parent, one message per field")
    @APIResponse(responseCode = "403", description = "The caller's role may not edit the logframe")
    public Response add(@PathParam("code") String programme, NewResultJson added, @Context UriInfo uri) {
        if (added == null || added.text() == null) {
            throw new BadRequestException();
        }
        long id = editing.addResult(programme, added.parentId(), added.text().toResultText());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .type(ApiResponses.JSON).entity(result(programme, id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Restate a result", description = "Its statement, assumptions and risks; quote the version read.")
    @APIResponse(responseCode = "200", description = "Saved; the result as it is now")
    @APIResponse(responseCode = "400", description = "Refused texts, one message per field")
    @APIResponse(responseCode = "403", description = "The caller's role may not edit the logframe")
    @APIResponse(responseCode = "409", description = "Someone else changed it since that version; nothing was saved")
    public ResultDraftJson restate(@PathParam("code") String programme, @PathParam("id") long id,
                                   EditedResultJson edited) {
        if (edited == null || edited.text() == null) {
            throw new BadRequestException();
        }
        editing.editResult(programme, id, edited.version(), edited.text().toResultText());
        return result(programme, id);
    }

    @POST
    @Path("{id}/indicators")
    @Operation(summary = "Add an indicator to a result",
            description = "Its full definition; the code defaults to the result's code and the next letter.")
    @APIResponse(responseCode = "201", description = "Added; Location names its definition")
    @APIResponse(responseCode = "400", description = "A refused definition, one message per field")
    @APIResponse(responseCode = "403", description = "The caller's role may not define indicators")
    public Response addIndicator(@PathParam("code") String programme, @PathParam("id") long resultId,
                                 IndicatorDefinition definition, @Context UriInfo uri) {
        if (definition == null) {
            throw new BadRequestException();
        }
        editing.result(programme, resultId).orElseThrow(NotFoundException::new);
        long id = definitions.create(resultId, definition);
        var location = uri.getBaseUriBuilder().path("indicators").path(Long.toString(id)).path("definition").build();
        return Response.created(location).build();
    }
}
