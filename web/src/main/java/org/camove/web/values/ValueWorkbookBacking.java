package org.camove.web.values;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import org.camove.reporting.ValueWorkbooks;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.camove.web.FieldMessages;
import org.camove.web.security.CurrentUser;
import org.primefaces.model.file.UploadedFile;

/**
 * The upload of a filled values workbook (include {@code WEB-INF/includes/values-workbook.xhtml}): one service
 * call; its refusals, each naming sheet, row and column, are listed on the page.
 */
@Named("valueWorkbook")
@RequestScoped
public class ValueWorkbookBacking {

    /** The id of the include's form: refusals name the field "file", its upload. */
    static final String FORM = "valueWorkbook";

    @EJB
    private ValueWorkbooks workbooks;

    @Inject
    private CurrentUser user;

    private UploadedFile file;

    public int getMaxMegabytes() {
        return ValueWorkbooks.MAX_MB;
    }

    public long getMaxBytes() {
        return ValueWorkbooks.MAX_MB * 1024L * 1024L;
    }

    /** Saved: the page again, afresh (so that a sheet on it shows what was uploaded), with the message; refused: the same page. */
    public String upload(long period, long partner) {
        if (file == null || file.getSize() == 0) {
            message(FacesMessage.SEVERITY_ERROR, "valuesWorkbook.noFile");
            return null;
        }
        try {
            int read = workbooks.upload(period, partner, file.getContent(), user.getLocale());
            message(FacesMessage.SEVERITY_INFO, "valuesWorkbook.saved", read);
        } catch (InvalidInput refused) {
            FieldMessages.show(refused, FORM, user.getLocale());
            return null;
        } catch (EditConflict conflict) {
            FieldMessages.show(conflict, user.getLocale());
            return null;
        }
        var faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&period=" + period + "&partner=" + partner;
    }

    private void message(FacesMessage.Severity severity, String key, Object... arguments) {
        var faces = FacesContext.getCurrentInstance();
        String text = new MessageFormat(faces.getApplication().getResourceBundle(faces, "msg").getString(key), user.getLocale())
                .format(arguments);
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
