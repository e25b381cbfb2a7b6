package org.camove.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camove.reporting.ReportSubmissions;
import org.camove.reporting.ReportingOverview;
import org.camove.reporting.SubmissionView;
import org.camove.shared.InvalidInput;
import org.camove.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The workflow of partners' quarterly packages: read where they stand, submit, return, approve, comment. Another
 * partner's package, an unknown period or partner are all answered 404, alike, so nothing about them leaks (the
 * services log a partner officer's attempt).
 */
@Path("v1/periods/{periodId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class SubmissionsResource {

    /** Refusals that mean "not yours or not there": answered 404. */
    private static final Set<String> UNREACHABLE = Set.of("entry.notYourOrganisation", "entry.noSuchPartner", "period.gone");

    @EJB
    private ReportSubmissions submissions;

    @EJB
    private ReportingOverview overview;

    @Inject
    private CurrentUser user;

    @PathParam("periodId")
    private long periodId;

    @GET
    @Path("submissions")
    @Operation(summary = "Every partner's package for the period",
            description = "Programme managers and administrators get every partner of the programme; a partner officer "
                    + "only their own organisation's.")
    @APIResponse(responseCode = "200", description = "One entry per partner")
    @APIResponse(responseCode = "404", description = "No such period")
    public List<PeriodSubmissionJson> ofPeriod() {
        var matrix = overview.ofPeriod(periodId, LocalDate.now(ZoneOffset.UTC), user.getLocale()).orElseThrow(NotFoundException::new);
        return matrix.partners().stream().map(p -> new PeriodSubmissionJson(p.id(), p.code(), p.name(), p.country(),
                p.cells().get(0).name())).toList();
    }

    @GET
    @Path("partners/{partnerId}/submission")
    @Operation(summary = "A partner's package for the period",
            description = "State, version (also the ETag), transitions with their comments, the comment thread and what "
                    + "the data-quality checks find now.")
    @APIResponse(responseCode = "200", description = "The package")
    @APIResponse(responseCode = "404", description = "No such period or partner, or not the caller's organisation")
    public Response submission(@PathParam("partnerId") long partnerId) {
        return answer(reachable(() -> submissions.view(periodId, partnerId, user.getLocale())));
    }

    @POST
    @Path("partners/{partnerId}/submission/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the package for review",
            description = "By the partner's officer or a programme manager or administrator on its behalf. Runs the "
                    + "data-quality checks first; each problem is one violation naming the indicator.")
    @APIResponse(responseCode = "200", description = "Submitted; the package as it is now")
    @APIResponse(responseCode = "400", description = "A check failed, or the package cannot be submitted now")
    @APIResponse(responseCode = "404", description = "No such period or partner, or not the caller's organisation")
    @APIResponse(responseCode = "409", description = "The package moved since that version (e.g. submitted already)")
    @APIResponse(responseCode = "428", description = "No version: send If-Match or a version in the body")
    public Response submit(@PathParam("partnerId") long partnerId, @HeaderParam("If-Match") String ifMatch,
                           SubmissionMoveJson move) {
        long version = version(ifMatch, move);
        return answer(reachable(() -> submissions.submit(periodId, partnerId, version, user.getLocale())));
    }

    @POST
    @Path("partners/{partnerId}/submission/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return the package to the partner", description = "Programme managers and administrators; a comment is required.")
    @APIResponse(responseCode = "200", description = "Returned; the package as it is now")
    @APIResponse(responseCode = "400", description = "No comment, or the package is not waiting for review")
    @APIResponse(responseCode = "403", description = "The caller's role may not review packages")
    @APIResponse(responseCode = "404", description = "No such period or partner")
    @APIResponse(responseCode = "409", description = "The package moved since that version")
    public Response returnToPartner(@PathParam("partnerId") long partnerId, @HeaderParam("If-Match") String ifMatch,
                                    SubmissionMoveJson move) {
        long version = version(ifMatch, move);
        return answer(reachable(() -> submissions.returnToPartner(periodId, partnerId, version,
                move == null ? null : move.comment(), user.getLocale())));
    }

    @POST
    @Path("partners/{partnerId}/submission/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the package",
            description = "Programme managers and administrators other than the one who submitted it; its values become "
                    + "the approved ones and count in the results.")
    @APIResponse(responseCode = "200", description = "Approved; the package as it is now")
    @APIResponse(responseCode = "400", description = "The caller submitted it, or it is not waiting for review")
    @APIResponse(responseCode = "403", description = "The caller's role may not review packages")
    @APIResponse(responseCode = "404", description = "No such period or partner")
    @APIResponse(responseCode = "409", description = "The package moved since that version")
    public Response approve(@PathParam("partnerId") long partnerId, @HeaderParam("If-Match") String ifMatch,
                            SubmissionMoveJson move) {
        long version = version(ifMatch, move);
        return answer(reachable(() -> submissions.approve(periodId, partnerId, version, move == null ? null : move.comment(),
                user.getLocale())));
    }

    @POST
    @Path("partners/{partnerId}/submission/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write in the package's comment thread", description = "The comment is kept as plain text.")
    @APIResponse(responseCode = "200", description = "Added; the package as it is now")
    @APIResponse(responseCode = "400", description = "An empty or too long comment, or a package not started")
    @APIResponse(responseCode = "404", description = "No such period or partner, or not the caller's organisation")
    public Response comment(@PathParam("partnerId") long partnerId, SubmissionMoveJson comment) {
        if (comment == null) {
            throw new BadRequestException();
        }
        return answer(reachable(() -> submissions.comment(periodId, partnerId, comment.comment(), user.getLocale())));
    }

    private Response answer(SubmissionView view) {
        var problems = view.state() == null || view.state().isEditable()
                ? reachable(() -> submissions.problems(view.periodId(), view.partnerId())) : List.<InvalidInput.Violation>of();
        return Response.ok(SubmissionJson.from(view, problems, user.getLocale()))
                .tag(new EntityTag(Long.toString(view.version()))).build();
    }

    private static <T> T reachable(Supplier<T> call) {
        return ApiCalls.reachable(UNREACHABLE, call);
    }

    private static long version(String ifMatch, SubmissionMoveJson move) {
        return ApiCalls.version(ifMatch, move == null ? null : move.version());
    }
}
