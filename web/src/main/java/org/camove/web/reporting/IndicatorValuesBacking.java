package org.camove.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.camove.reporting.EntryChoices;
import org.camove.reporting.EntrySheet;
import org.camove.reporting.IndicatorValueEntry;
import org.camove.reporting.PeriodState;
import org.camove.reporting.ValueHistory;
import org.camove.shared.InvalidInput;
import org.camove.web.FieldMessages;
import org.camove.web.security.CurrentUser;

/**
 * A partner's indicator values for a reporting period ({@code indicator-values.xhtml?period=&partner=}): the
 * sheet as one plain form, saved whole through {@link IndicatorValueEntry#save} (post-redirect-get); refused, the
 * page keeps what was typed and shows each message beside the input it names. Partner officers get their own
 * organisation; programme managers and administrators choose the partner and enter on its behalf. The history
 * of a value is read only when asked for.
 *
 * <p>Request-scoped, and the grid's inputs are plain HTML: a sheet of 40 indicators has about 500 inputs, and
 * keeping them as components (with their per-row state) or the sheet in the view cost every open page hundreds of
 * kilobytes of session. Instead the form carries what the save needs, the figures as typed and each value's version
 * as rendered ({@link ValueLine#typed}); a save reads the sheet afresh for its layout.
 */
@Named
@RequestScoped
public class IndicatorValuesBacking {

    static final String FORM = "valuesForm";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @EJB
    private IndicatorValueEntry entry;

    @Inject
    private CurrentUser user;

    private Long period;
    private Long partner;
    private EntryChoices choices;
    private EntrySheet sheet;
    private List<ValueLine> lines = List.of();
    private ValueHistory history;

    /** The page's view action: the choices, and the sheet once a period and a partner are known. */
    public void load() {
        var locale = user.getLocale();
        choices = entry.choices(period, locale);
        if (period == null) {
            // the earliest open period (the periods come latest first): its report is due first
            period = choices.periods().stream().filter(p -> p.state() == PeriodState.OPEN).reduce((later, earlier) -> earlier)
                    .or(() -> choices.periods().stream().findFirst()).map(EntryChoices.Period::id).orElse(null);
        }
        if (partner == null && user.isPartnerOfficer() && choices.partners().size() == 1) {
            partner = choices.partners().get(0).id();
        }
        if (period != null && partner != null) {
            try {
                sheet = entry.sheet(period, partner, locale);
                lines = sheet.rows().stream().map(row -> new ValueLine(row, sheet.open())).toList();
            } catch (InvalidInput refusal) {
                FieldMessages.show(refusal, FORM, locale);
            }
        }
    }

    /**
     * A post of the sheet's form names its period and partner, and the sheet is read before the form is decoded:
     * the form's parts are rendered only with a sheet, and Faces decodes only what is rendered. A sheet closed since
     * it was shown (approved, locked) renders no Save to decode, so its save is tried here: the refusal says why.
     */
    @PostConstruct
    void readPostedSheet() {
        var form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (form.containsKey(FORM)) {
            try {
                period = number(form.get("period"));
                partner = number(form.get("partner"));
            } catch (NumberFormatException tampered) {
                return;
            }
            load();
            if (sheet != null && !sheet.open() && form.containsKey(FORM + ":save")) {
                save();
            }
        }
    }

    /**
     * Saves the posted form whole, every value as typed (the form names them, see the class comment). Refused, the
     * page shows the sheet with what was typed and the messages beside the inputs.
     */
    public String save() {
        if (sheet == null) {
            return null;
        }
        var form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        lines.forEach(line -> line.typed(form));
        return FieldMessages.attempt(() -> entry.save(period, partner, lines.stream().map(ValueLine::entered).toList()),
                FORM, user.getLocale(), "values.saved",
                "/indicator-values?faces-redirect=true&period=" + period + "&partner=" + partner);
    }

    /** Shows the sheet of the chosen period and partner (a page of its own, so that it can be bookmarked). */
    public String choose() {
        return "/indicator-values?faces-redirect=true" + (period == null ? "" : "&period=" + period)
                + (partner == null ? "" : "&partner=" + partner);
    }

    /** When a change was made, as the history dialog shows it (UTC, as the audit trail keeps it). */
    public String when(Instant at) {
        return WHEN.format(at);
    }

    /**
     * Reads a value's history for the dialog; the request names the period, partner and indicator (a remote
     * command of the page: the links in the grid are plain, see the class comment).
     */
    public void showHistory() {
        var asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            history = entry.history(number(asked.get("period")), number(asked.get("partner")), number(asked.get("indicator")),
                    user.getLocale());
        } catch (NumberFormatException | InvalidInput refusal) {
            history = null;
            if (refusal instanceof InvalidInput invalid) {
                FieldMessages.show(invalid, FORM, user.getLocale());
            }
        }
    }

    private static long number(String text) {
        return Long.parseLong(text == null ? "" : text.trim());
    }

    /** A refused save's messages by the field they name ({@code {"value[1.b]": "…"}}), for the page to put beside its inputs. */
    public String getErrorsJson() {
        var errors = Json.createObjectBuilder();
        var faces = FacesContext.getCurrentInstance();
        faces.getClientIdsWithMessages().forEachRemaining(clientId -> {
            if (clientId != null && clientId.startsWith(FORM + ":")) {
                errors.add(clientId.substring(FORM.length() + 1), faces.getMessageList(clientId).stream()
                        .map(FacesMessage::getSummary).collect(Collectors.joining(" ")));
            }
        });
        return errors.build().toString();
    }

    /** Whether the sheet is entered on the partner's behalf (by a programme manager or administrator). */
    public boolean isOnBehalf() {
        return sheet != null && !user.isPartnerOfficer();
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }

    public Long getPartner() {
        return partner;
    }

    public void setPartner(Long partner) {
        this.partner = partner;
    }

    public EntryChoices getChoices() {
        return choices;
    }

    public EntrySheet getSheet() {
        return sheet;
    }

    public List<ValueLine> getLines() {
        return lines;
    }

    public ValueHistory getHistory() {
        return history;
    }
}
