package org.camove.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camove.grants.Disbursements;
import org.camove.grants.GrantFilter;
import org.camove.grants.GrantState;
import org.camove.grants.GrantView;
import org.camove.grants.Grants;
import org.camove.grants.ShareInput;
import org.camove.shared.InvalidInput;
import org.camove.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Grants to partners: the list (a partner officer's own organisation's only), one grant with its budget versions,
 * tranches and disbursements; programme managers create grants, set their budgets and donors' shares, plan tranches
 * and move them through their life; finance reviewers release tranches and record disbursements. Every edit quotes
 * the version read (If-Match or the body's "version"; neither is 428, an older one 409). Another partner's grant or
 * tranche is answered 404 exactly like one that does not exist (GrantAccess logs the attempt).
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grants")
public class GrantsResource {

    /** Refusals that mean "not yours or not there": answered 404. */
    private static final Set<String> UNREACHABLE = Set.of("grant.notFound", "tranche.notFound");
    private static final int MAX_PAGE = 200;

    @EJB
    private Grants grants;

    @EJB
    private Disbursements disbursements;

    @Inject
    private CurrentUser user;

    @GET
    @Path("grants")
    @Operation(summary = "The grants the caller may see, one page",
            description = "Filters (each optional): reference or partner containing the text, partner's country, state, grant "
                    + "currency; sort by reference, partner, country, currency, state, startsOn, endsOn or programme (desc=true "
                    + "for descending); first (from 0) and size (at most 200) page it. A partner officer gets only their own "
                    + "organisation's grants.")
    @APIResponse(responseCode = "200", description = "The page and the count of all grants the filter finds")
    @APIResponse(responseCode = "400", description = "An unknown state")
    public GrantListJson list(@QueryParam("reference") String reference, @QueryParam("partner") String partner,
                              @QueryParam("country") String country, @QueryParam("state") String state,
                              @QueryParam("currency") String currency, @QueryParam("sort") String sort,
                              @QueryParam("desc") boolean descending, @QueryParam("first") @DefaultValue("0") int first,
                              @QueryParam("size") @DefaultValue("50") int size) {
        var filter = new GrantFilter(reference, partner, country, state(state, true), currency, sort, descending);
        return GrantListJson.from(grants.list(filter, Math.max(0, first), Math.min(Math.max(1, size), MAX_PAGE),
                LocalDate.now(ZoneOffset.UTC), user.getLocale()));
    }

    @GET
    @Path("grants/{id}")
    @Operation(summary = "One grant", description = "Its terms, budget versions with their lines, donors' shares, tranches, "
            + "disbursements and cash received; its version is also the ETag.")
    @APIResponse(responseCode = "200", description = "The grant")
    @APIResponse(responseCode = "404", description = "No such grant, or not the caller's organisation's")
    public Response grant(@PathParam("id") long id) {
        return answer(id);
    }

    @POST
    @Path("grants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft grant with its first budget", description = "Programme managers and administrators.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, the body is the grant")
    @APIResponse(responseCode = "400", description = "Refused field by field (e.g. lines not adding up to the total: the difference is named)")
    @APIResponse(responseCode = "403", description = "The caller's role may not create grants")
    public Response create(GrantDraftJson draft, @Context UriInfo uri) {
        body(draft);
        var created = view(grants.create(draft.toDraft()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(GrantJson.from(created))
                .tag(new EntityTag(Long.toString(created.version()))).build();
    }

    @PUT
    @Path("grants/{id}/budget")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a draft's budget or amend an active grant's",
            description = "A draft's only budget is replaced; an active grant gets a new budget version from effectiveFrom, with "
                    + "the reason (required), and the earlier versions stay. Programme managers and administrators.")
    @APIResponse(responseCode = "200", description = "Saved; the grant as it is now")
    @APIResponse(responseCode = "400", description = "Refused field by field")
    @APIResponse(responseCode = "404", description = "No such grant")
    @APIResponse(responseCode = "409", description = "The grant changed since that version; nothing was saved")
    @APIResponse(responseCode = "428", description = "No version: send If-Match or a version in the body")
    public Response budget(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, BudgetJson budget) {
        long version = IfMatch.version(ifMatch, body(budget).version());
        var lines = BudgetLineJson.inputs(budget.lines());
        boolean draft = view(id).state() == GrantState.DRAFT;
        return edit(id, () -> {
            if (draft) {
                grants.reviseDraftBudget(id, version, budget.total(), lines);
            } else {
                grants.amend(id, version, budget.effectiveFrom(), budget.reason(), budget.total(), lines);
            }
        });
    }

    @PUT
    @Path("grants/{id}/shares")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set which donors pay which share", description = "Donors of the programme, percentages adding up to 100. "
            + "Programme managers and administrators.")
    @APIResponse(responseCode = "200", description = "Saved; the grant as it is now")
    @APIResponse(responseCode = "400", description = "Refused share by share")
    @APIResponse(responseCode = "404", description = "No such grant")
    @APIResponse(responseCode = "409", description = "The grant changed since that version")
    @APIResponse(responseCode = "428", description = "No version")
    public Response shares(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, GrantSharesJson shares) {
        long version = IfMatch.version(ifMatch, body(shares).version());
        var inputs = shares.shares() == null ? List.<ShareInput>of()
                : shares.shares().stream().map(s -> new ShareInput(s.donorId(), s.percent())).toList();
        return edit(id, () -> grants.fund(id, version, inputs));
    }

    @POST
    @Path("grants/{id}/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the grant one step on its life", description = "DRAFT → ACTIVE (once its donors' shares are set) → "
            + "CLOSING → CLOSED, audited with the reason. Programme managers and administrators.")
    @APIResponse(responseCode = "200", description = "Moved; the grant as it is now")
    @APIResponse(responseCode = "400", description = "Not the next step, or not funded yet")
    @APIResponse(responseCode = "404", description = "No such grant")
    @APIResponse(responseCode = "409", description = "The grant changed since that version")
    @APIResponse(responseCode = "428", description = "No version")
    public Response move(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, GrantMoveJson move) {
        long version = IfMatch.version(ifMatch, body(move).version());
        var next = state(move.state(), false);
        return edit(id, () -> grants.move(id, version, next, move.reason()));
    }

    @DELETE
    @Path("grants/{id}")
    @Operation(summary = "Delete a draft grant", description = "A grant still in draft, with its budget, shares and planned tranches; "
            + "an active grant is closed instead. Programme managers and administrators.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Not a draft, or reported on")
    @APIResponse(responseCode = "404", description = "No such grant")
    @APIResponse(responseCode = "409", description = "The grant changed since that version")
    @APIResponse(responseCode = "428", description = "No version")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        long version = IfMatch.version(ifMatch, (Long) null);
        reachable(() -> {
            grants.deleteDraft(id, version);
            return null;
        });
        return Response.noContent().build();
    }

    @POST
    @Path("grants/{id}/tranches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a tranche", description = "A positive amount in the grant's currency that keeps the schedule within "
            + "the grant's total. Programme managers and administrators.")
    @APIResponse(responseCode = "201", description = "Planned; the body is the grant as it is now")
    @APIResponse(responseCode = "400", description = "Refused field by field")
    @APIResponse(responseCode = "404", description = "No such grant")
    @APIResponse(responseCode = "409", description = "The grant changed since that version")
    @APIResponse(responseCode = "428", description = "No version")
    public Response planTranche(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, PlannedTrancheJson tranche,
                                @Context UriInfo uri) {
        long version = IfMatch.version(ifMatch, body(tranche).version());
        long trancheId = reachable(() -> grants.planTranche(id, version, tranche.plannedOn(), tranche.amount(), tranche.conditionPeriodId()));
        return Response.created(uri.getBaseUriBuilder().path("v1/tranches").path(Long.toString(trancheId)).build())
                .entity(GrantJson.from(view(id))).build();
    }

    @POST
    @Path("tranches/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Release a tranche", description = "Finance reviewers and administrators. While its condition is unmet "
            + "the release is refused naming the condition, unless override gives the reason for releasing anyway (audited).")
    @APIResponse(responseCode = "200", description = "Released; the grant as it is now")
    @APIResponse(responseCode = "400", description = "Condition unmet and no override, already released, or the grant not active")
    @APIResponse(responseCode = "403", description = "The caller's role may not release tranches")
    @APIResponse(responseCode = "404", description = "No such tranche")
    @APIResponse(responseCode = "409", description = "The tranche changed since that version")
    @APIResponse(responseCode = "428", description = "No version")
    public Response release(@PathParam("id") long trancheId, @HeaderParam("If-Match") String ifMatch, TrancheReleaseJson release) {
        long version = IfMatch.version(ifMatch, body(release).version());
        return edit(grantOf(trancheId), () -> disbursements.release(trancheId, version, release.override()));
    }

    @POST
    @Path("tranches/{id}/disbursements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a disbursement against a released tranche", description = "Finance reviewers and administrators; "
            + "without a rate the month's rate from the table is used (a missing one is refused naming it).")
    @APIResponse(responseCode = "201", description = "Recorded; the body is the grant as it is now")
    @APIResponse(responseCode = "400", description = "Refused field by field")
    @APIResponse(responseCode = "403", description = "The caller's role may not record disbursements")
    @APIResponse(responseCode = "404", description = "No such tranche")
    public Response record(@PathParam("id") long trancheId, DisbursementJson paid) {
        body(paid);
        reachable(() -> disbursements.record(trancheId, paid.paidOn(), paid.amount(), paid.currency(), paid.rate()));
        return Response.status(Response.Status.CREATED).entity(GrantJson.from(view(grantOf(trancheId)))).build();
    }

    /** Runs an edit of grant {@code id} (404 when unreachable) and answers the grant as it is now. */
    private Response edit(long id, Runnable edit) {
        reachable(() -> {
            edit.run();
            return null;
        });
        return answer(id);
    }

    private static <T> T body(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }

    private long grantOf(long trancheId) {
        return reachable(() -> grants.grantOfTranche(trancheId));
    }

    private Response answer(long id) {
        var view = view(id);
        return Response.ok(GrantJson.from(view)).tag(new EntityTag(Long.toString(view.version()))).build();
    }

    private GrantView view(long id) {
        return reachable(() -> grants.grant(id, user.getLocale()));
    }

    private static <T> T reachable(Supplier<T> call) {
        return Unreachable.asNotFound(UNREACHABLE, call);
    }

    /** A state by name; blank is none when {@code optional}, anything else unknown is refused. */
    private static GrantState state(String name, boolean optional) {
        if (optional && (name == null || name.isBlank())) {
            return null;
        }
        return Arrays.stream(GrantState.values()).filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> InvalidInput.of("state", "grant.state.unknown", String.valueOf(name)));
    }
}
