package org.camove.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.function.Supplier;
import org.camove.finance.FinancialReportView;
import org.camove.finance.FinancialReports;
import org.camove.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A partner's financial report of one grant for one quarter over REST: read it with every figure, save the spend,
 * submit, return, approve, comment, each change quoting the version read as {@link SubmissionsResource} does. Another
 * partner's grant, an unknown grant or a period outside it are all answered 404, alike ({@code GrantAccess} logs a
 * partner officer's attempt).
 */
@Path("v1/grants/{grantId}/periods/{periodId}/financial-report")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Financial reports")
public class FinancialReportResource {

    /** Refusals that mean "not yours or not there": answered 404. */
    static final Set<String> UNREACHABLE = Set.of("grant.notFound", "period.gone");

    @EJB
    private FinancialReports reports;

    @Inject
    private CurrentUser user;

    @PathParam("grantId")
    private long grantId;

    @PathParam("periodId")
    private long periodId;

    @GET
    @Operation(summary = "The grant's financial report for the quarter",
            description = "Every line of the budget version in force with its figures, the totals, the rates used as stored, "
                    + "the cash position, state, version (also the ETag), moves and comments. One not started reads with "
                    + "every line empty, state null and version 0.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such grant or period, or not the caller's organisation's grant")
    public Response report() {
        return answer(() -> reports.view(grantId, periodId, user.getLocale()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save what was spent",
            description = "By the partner's officer, in local currency, all or none: converted to the grant's currency and "
                    + "stored with its rates. Each refused field is one violation (currency, amount.<position>, note.<position>, "
                    + "justification.<position>; a missing rate names the rate).")
    @APIResponse(responseCode = "200", description = "Saved; the report as it is now")
    @APIResponse(responseCode = "400", description = "Refused input, or the report cannot be changed now; nothing saved")
    @APIResponse(responseCode = "403", description = "The caller's role may not enter spend")
    @APIResponse(responseCode = "404", description = "No such grant or period, or not the caller's organisation's grant")
    @APIResponse(responseCode = "409", description = "The report changed since that version")
    @APIResponse(responseCode = "428", description = "No version: send If-Match or a version in the body")
    public Response save(@HeaderParam("If-Match") String ifMatch, ExpenditureJson spent) {
        if (spent == null) {
            throw new BadRequestException();
        }
        long version = IfMatch.version(ifMatch, spent.version());
        return answer(() -> reports.save(grantId, periodId, version, spent.currency(), spent.inputs(), user.getLocale()));
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the report for review",
            description = "By the partner's officer; converted once more at today's rates and stored so. Each line whose "
                    + "variance is beyond the grant's threshold without a justification is one violation.")
    @APIResponse(responseCode = "200", description = "Submitted; the report as it is now")
    @APIResponse(responseCode = "400", description = "A justification is missing, or the report cannot be submitted now")
    @APIResponse(responseCode = "403", description = "The caller's role may not submit financial reports")
    @APIResponse(responseCode = "404", description = "No such grant or period, or not the caller's organisation's grant")
    @APIResponse(responseCode = "409", description = "The report moved since that version (e.g. submitted already)")
    @APIResponse(responseCode = "428", description = "No version: send If-Match or a version in the body")
    public Response submit(@HeaderParam("If-Match") String ifMatch, SubmissionMoveJson move) {
        long version = IfMatch.version(ifMatch, move);
        return answer(() -> reports.submit(grantId, periodId, version, user.getLocale()));
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return the report to the partner", description = "Finance reviewers and administrators; a comment is required.")
    @APIResponse(responseCode = "200", description = "Returned; the report as it is now")
    @APIResponse(responseCode = "400", description = "No comment, or the report is not waiting for review")
    @APIResponse(responseCode = "403", description = "The caller's role may not review financial reports")
    @APIResponse(responseCode = "404", description = "No such grant or period")
    @APIResponse(responseCode = "409", description = "The report moved since that version")
    @APIResponse(responseCode = "428", description = "No version: send If-Match or a version in the body")
    public Response returnToPartner(@HeaderParam("If-Match") String ifMatch, SubmissionMoveJson move) {
        long version = IfMatch.version(ifMatch, move);
        return answer(() -> reports.returnToPartner(grantId, periodId, version, move == null ? null : move.comment(), user.getLocale()));
    }

    @POST
    @Path("approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the report",
            description = "Finance reviewers and administrators other than the one who submitted it; releases, in the same "
                    + "step, each planned tranche whose condition is this report.")
    @APIResponse(responseCode = "200", description = "Approved; the report as it is now")
    @APIResponse(responseCode = "400", description = "The caller submitted it, or it is not waiting for review")
    @APIResponse(responseCode = "403", description = "The caller's role may not review financial reports")
    @APIResponse(responseCode = "404", description = "No such grant or period")
    @APIResponse(responseCode = "409", description = "The report moved since that version")
    @APIResponse(responseCode = "428", description = "No version: send If-Match or a version in the body")
    public Response approve(@HeaderParam("If-Match") String ifMatch, SubmissionMoveJson move) {
        long version = IfMatch.version(ifMatch, move);
        return answer(() -> reports.approve(grantId, periodId, version, move == null ? null : move.comment(), user.getLocale()));
    }

    @POST
    @Path("comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write in the report's comment thread", description = "The comment is kept as plain text; the report must have been started.")
    @APIResponse(responseCode = "200", description = "Added; the report as it is now")
    @APIResponse(responseCode = "400", description = "An empty or too long comment, or a report not started")
    @APIResponse(responseCode = "404", description = "No such grant or period, or not the caller's organisation's grant")
    public Response comment(SubmissionMoveJson comment) {
        if (comment == null) {
            throw new BadRequestException();
        }
        return answer(() -> reports.comment(grantId, periodId, comment.comment(), user.getLocale()));
    }

    private static Response answer(Supplier<FinancialReportView> call) {
        var view = Unreachable.asNotFound(UNREACHABLE, call);
        return Response.ok(FinancialReportJson.from(view)).tag(new EntityTag(Long.toString(view.version()))).build();
    }
}
