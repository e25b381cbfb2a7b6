package org.camove.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camove.api.IdempotentRequests;
import org.camove.reporting.EnteredValue;
import org.camove.reporting.EntrySheet;
import org.camove.reporting.IndicatorValueEntry;
import org.camove.shared.InvalidInput;
import org.camove.shared.InvalidInput.Violation;
import org.camove.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A partner's indicator values for a reporting period: read as the entry sheet, saved in bulk with the rules
 * of the entry page (all or none). A POST with an Idempotency-Key header is answered once: sent again with the
 * same body it gets the first answer again, nothing done twice; with another body it is refused (422).
 */
@Path("v1/periods/{periodId}/partners/{partnerId}/values")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator values")
public class PartnerValuesResource {

    static final String REPLAYED = "Idempotent-Replayed";

    @EJB
    private IndicatorValueEntry entry;

    @EJB
    private IdempotentRequests idempotent;

    @Inject
    private CurrentUser user;

    @GET
    @Operation(summary = "A partner's values for a period",
            description = "The partner's assigned indicators with their pending (else approved) value, last quarter's value, "
                    + "the target, the cells of the cross-tab and the version to quote when changing a value. A partner "
                    + "officer reads only their own organisation's.")
    @APIResponse(responseCode = "200", description = "The entry sheet")
    @APIResponse(responseCode = "400", description = "No such period, or the organisation is not a partner of its programme")
    @APIResponse(responseCode = "403", description = "A partner officer asking for another organisation")
    public PartnerValuesJson.Sheet sheet(@PathParam("periodId") long periodId, @PathParam("partnerId") long partnerId) {
        return PartnerValuesJson.Sheet.from(entry.sheet(periodId, partnerId, user.getLocale()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Save a partner's values for a period, in bulk",
            description = "Each value names its indicator by code or id and quotes the version of the pending value read "
                    + "(null for a first value). Saved pending, all or none, by the rules of the entry page; a value sent "
                    + "as it is kept is no change. Answers how many values changed and each value's new version (the "
                    + "entry sheet is a GET away: sent back whole, it would be as large as a bulk import).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PartnerValuesJson.Bulk.class)))
    @APIResponse(responseCode = "200", description = "Saved; what changed and the values' versions. A repeat of an idempotent "
            + "request says " + REPLAYED + ": true and answers the first answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerValuesJson.Saved.class)))
    @APIResponse(responseCode = "400", description = "A refused value, one message per field; nothing was saved")
    @APIResponse(responseCode = "403", description = "A partner officer sending another organisation's values")
    @APIResponse(responseCode = "409", description = "A value was changed since that version; nothing was saved")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public Response save(@PathParam("periodId") long periodId, @PathParam("partnerId") long partnerId,
                         @Parameter(in = ParameterIn.HEADER, description = "Any 1 to 100 letters, digits or - _ . : "
                                 + "unique to the request; its answer is kept 24 hours")
                         @HeaderParam("Idempotency-Key") String key, InputStream body) throws IOException {
        // read as it arrives (a bulk import is 6 MB of JSON, never held whole), fingerprinted on the way when it has a key
        MessageDigest digest = key == null ? null : fingerprint(periodId, partnerId);
        InputStream json = digest == null ? body : new DigestInputStream(body, digest);
        if (key != null) {
            var earlier = idempotent.earlier(key);
            if (earlier.isPresent()) {
                json.transferTo(OutputStream.nullOutputStream());
                if (!earlier.get().requestHash().equals(hex(digest))) {
                    return ApiResponses.of(ProblemJson.of(422, "api.error.idempotencyKeyReused", user.getLocale()));
                }
                return Response.status(earlier.get().status()).type(ApiResponses.JSON).entity(earlier.get().body())
                        .header(REPLAYED, "true").build();
            }
        }
        List<BulkValuesReader.Posted> posted;
        try {
            posted = BulkValuesReader.read(json); // to its end: the fingerprint is whole
        } catch (BulkValuesReader.Malformed malformed) {
            throw new BadRequestException(malformed);
        }
        var saved = entry.save(periodId, partnerId, entered(posted, () -> entry.sheet(periodId, partnerId, user.getLocale())));
        String answer = JsonbConfiguration.JSONB.toJson(PartnerValuesJson.Saved.from(periodId, partnerId, saved));
        if (key != null) {
            idempotent.keep(key, new IdempotentRequests.Answer(hex(digest), 200, answer));
        }
        return Response.ok(answer, ApiResponses.JSON).build();
    }

    /**
     * The values with their indicators' ids; a code or id not on the partner's sheet is refused by its place in the list.
     * The sheet is read only when a value names its indicator by code (or names none): a bulk save of ids reads the
     * partner's indicators once, in the save.
     */
    private static List<EnteredValue> entered(List<BulkValuesReader.Posted> posted, Supplier<EntrySheet> read) {
        EntrySheet[] sheet = new EntrySheet[1];
        Supplier<EntrySheet> once = () -> sheet[0] == null ? (sheet[0] = read.get()) : sheet[0];
        Map<String, Long> byCode = new HashMap<>();
        List<Violation> unknown = new ArrayList<>();
        List<EnteredValue> entered = new ArrayList<>();
        for (int i = 0; i < posted.size(); i++) {
            var value = posted.get(i);
            if (value != null && value.indicatorId() == null && byCode.isEmpty()) {
                byCode.putAll(once.get().rows().stream().collect(Collectors.toMap(EntrySheet.Row::code, EntrySheet.Row::indicatorId)));
            }
            Long id = value == null ? null : value.indicatorId() != null ? value.indicatorId() : byCode.get(value.indicator());
            if (id == null) {
                unknown.add(new Violation("values[" + i + "].indicator", "entry.notAssigned",
                        List.of(value == null || value.indicator() == null ? "?" : value.indicator(), once.get().partnerCode())));
            } else {
                entered.add(value.entered(id));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        return entered;
    }

    /** The request's fingerprint for its Idempotency-Key: where it goes, then (read through it) what it carries. */
    private static MessageDigest fingerprint(long periodId, long partnerId) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((periodId + "/" + partnerId + "\n").getBytes(StandardCharsets.UTF_8));
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
