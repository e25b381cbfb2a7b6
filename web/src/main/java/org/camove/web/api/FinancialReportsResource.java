package org.camove.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.camove.finance.FinancialReports;
import org.camove.reporting.SubmissionState;
import org.camove.security.UserProfile;
import org.camove.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The financial reports a caller has to deal with: a partner officer's own organisation's (as the report page lists
 * them), lead-agency staff's the review queue, oldest submission first.
 */
@Path("v1/financial-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Financial reports")
public class FinancialReportsResource {

    @Schema(name = "FinancialReportListed", description = "A report in a list; state null when not started; total (in the "
            + "grant's currency), submittedAt and daysWaiting only in the review queue")
    public record Listed(long grantId, String grantReference, long periodId, String quarter, String partnerCode, String state,
                         MoneyJson total, Instant submittedAt, Long daysWaiting) {
    }

    @EJB
    private FinancialReports reports;

    @Inject
    private CurrentUser user;

    @GET
    @Operation(summary = "The caller's financial reports",
            description = "A partner officer: each of their organisation's grants in each period it has a report for or that "
                    + "is open, newest first. Finance reviewers, programme managers and administrators: the reports waiting for "
                    + "review, oldest submission first.")
    @APIResponse(responseCode = "200", description = "The reports")
    @APIResponse(responseCode = "400", description = "An unknown state")
    public List<Listed> list(@Parameter(description = "Only reports in this state (DRAFT, SUBMITTED, RETURNED, APPROVED)")
                             @QueryParam("state") String state) {
        SubmissionState only = state == null || state.isBlank() ? null : Arrays.stream(SubmissionState.values())
                .filter(s -> s.name().equalsIgnoreCase(state.strip())).findFirst().orElseThrow(BadRequestException::new);
        List<Listed> listed = user.isPartnerOfficer()
                ? reports.mine().stream().map(m -> new Listed(m.grantId(), m.grantReference(), m.periodId(), m.quarter(),
                        user.profile().map(UserProfile::organisationCode).orElse(null), m.state() == null ? null : m.state().name(),
                        null, null, null)).toList()
                : reports.queue(user.getLocale()).stream().map(w -> new Listed(w.grantId(), w.grantReference(), w.periodId(),
                        w.quarter(), w.partnerCode(), SubmissionState.SUBMITTED.name(), MoneyJson.from(w.total()), w.submittedAt(),
                        w.daysWaiting())).toList();
        return only == null ? listed : listed.stream().filter(l -> only.name().equals(l.state())).toList();
    }
}
