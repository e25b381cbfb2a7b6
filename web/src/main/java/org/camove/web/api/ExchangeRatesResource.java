package org.camove.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camove.money.ExchangeRates;
import org.camove.shared.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The monthly exchange-rate table: programme managers, finance reviewers and administrators read a month; finance
 * reviewers and administrators set one rate (quoting the version read, none for a new one) or import a CSV file,
 * all rates or none, each wrong line named in the caller's language.
 */
@Path("v1/exchange-rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange rates")
public class ExchangeRatesResource {

    @EJB
    private ExchangeRates rates;

    @GET
    @Path("{month}")
    @Operation(summary = "A month's rates", description = "Every pair of the month (written 2026-03).")
    @APIResponse(responseCode = "200", description = "The month's rates")
    @APIResponse(responseCode = "400", description = "Not a month")
    @APIResponse(responseCode = "403", description = "The caller's role may not read the rate table")
    public List<RateJson> month(@PathParam("month") String month) {
        return rates.month(parsed(month)).stream().map(RateJson::from).toList();
    }

    @PUT
    @Path("{month}/{from}/{to}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set one rate", description = "One unit of from is worth rate units of to. Quote the rate's version "
            + "(If-Match or the body's) when changing one; send none for a rate not in the table yet.")
    @APIResponse(responseCode = "200", description = "Saved; the month's rates as they are now")
    @APIResponse(responseCode = "400", description = "Refused field by field")
    @APIResponse(responseCode = "403", description = "The caller's role may not change rates")
    @APIResponse(responseCode = "409", description = "The rate was changed (or added) since that version; nothing was saved")
    public List<RateJson> set(@PathParam("month") String month, @PathParam("from") String from, @PathParam("to") String to,
                              @HeaderParam("If-Match") String ifMatch, RateEditJson edit) {
        if (edit == null) {
            throw new BadRequestException();
        }
        Long version = edit.version();
        if (ifMatch != null && !ifMatch.isBlank()) {
            version = ApiCalls.version(ifMatch, null);
        }
        rates.set(month, from, to, edit.rate(), edit.source(), version);
        return month(month);
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import rates from a CSV file", description = "UTF-8, a header line month,from,to,rate, then one rate a "
            + "line (e.g. 2026-03,KGS,USD,0.01143500); source (query) says where they come from. All or none: each wrong "
            + "line is one violation naming it; a rate already in the table for its pair and month is replaced.")
    @APIResponse(responseCode = "200", description = "Imported: how many rates")
    @APIResponse(responseCode = "400", description = "Refused line by line; nothing was imported")
    @APIResponse(responseCode = "403", description = "The caller's role may not change rates")
    public RatesImportedJson importCsv(@QueryParam("source") String source, String csv) {
        return new RatesImportedJson(rates.importCsv(csv, source));
    }

    private static YearMonth parsed(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("month", "rate.month.malformed", month);
        }
    }
}
