package org.camove.web.grants;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camove.money.ExchangeRates;
import org.camove.shared.InvalidInput;
import org.camove.web.FieldMessages;
import org.camove.web.security.CurrentUser;
import org.primefaces.model.file.UploadedFile;

/**
 * The monthly rate table ({@code exchange-rates.xhtml?month=2026-03}): programme managers read it; finance reviewers
 * and administrators set one rate (quoting the version they saw, so a rate changed meanwhile is a conflict) or
 * upload a CSV file, all rates or none, each wrong line named in the reader's language.
 */
@Named
@ViewScoped
public class ExchangeRatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Largest rate file taken from the page. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    @EJB
    private ExchangeRates rates;

    @Inject
    private CurrentUser user;

    private String month;
    private List<ExchangeRates.Row> rows;

    private Long editedVersion;
    private String from;
    private String to;
    private String rate;
    private String source;
    private String csvSource;
    private UploadedFile file;

    /** The page's view action: the month asked for (a wrong one falls back to the current month). */
    public void load() {
        YearMonth shown;
        try {
            shown = month == null ? YearMonth.now(ZoneOffset.UTC) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            shown = YearMonth.now(ZoneOffset.UTC);
        }
        month = shown.toString();
        rows = rates.month(shown);
    }

    public void choose(ExchangeRates.Row row) {
        editedVersion = row.version();
        from = row.rate().from().getCurrencyCode();
        to = row.rate().to().getCurrencyCode();
        rate = row.rate().rate().stripTrailingZeros().toPlainString();
        source = row.source();
    }

    /** A rate not in the month's table yet. */
    public void chooseNew() {
        editedVersion = null;
        from = null;
        to = null;
        rate = null;
        source = null;
    }

    public String save() {
        return FieldMessages.attempt(() -> rates.set(month, from, to, rate, source, editedVersion), "rateForm", user.getLocale(),
                "editing.saved", outcome());
    }

    public String upload() {
        var faces = FacesContext.getCurrentInstance();
        try {
            if (file == null || file.getSize() == 0) {
                throw InvalidInput.of("csv", "rate.csv.empty");
            }
            int taken = rates.importCsv(new String(file.getContent(), StandardCharsets.UTF_8), csvSource);
            String text = MessageFormat.format(faces.getApplication().getResourceBundle(faces, "msg")
                    .getString("rates.imported"), taken);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return outcome();
        } catch (InvalidInput refused) {
            // the lines of a file are no inputs of the page: every refusal is listed above the form, in order
            for (var violation : refused.violations()) {
                String text = violation.message(user.getLocale());
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
            faces.validationFailed();
            return null;
        }
    }

    private String outcome() {
        return "/exchange-rates?faces-redirect=true&month=" + month;
    }

    public int getMaxBytes() {
        return MAX_BYTES;
    }

    public boolean isEditing() {
        return from != null || rate != null || editedVersion != null || source != null;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public List<ExchangeRates.Row> getRows() {
        return rows;
    }

    public Long getEditedVersion() {
        return editedVersion;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getCsvSource() {
        return csvSource;
    }

    public void setCsvSource(String csvSource) {
        this.csvSource = csvSource;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
