package org.camove.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;

/**
 * Puts a service's refusal on the page in the reader's language: each violation beside its field
 * ({@code <p:message for="field">} inside the form {@code formId}); those of the whole form and edit
 * conflicts as global messages, which the form shows in its own {@code <p:messages globalOnly="true">}.
 * The request is then marked failed, so a dialog stays open with what the user typed.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void show(InvalidInput refusal, String formId, Locale locale) {
        var faces = FacesContext.getCurrentInstance();
        for (var violation : refusal.violations()) {
            String clientId = violation.field() == null ? null : formId + ":" + violation.field();
            String text = violation.message(locale);
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }

    public static void show(EditConflict conflict, Locale locale) {
        var faces = FacesContext.getCurrentInstance();
        String text = conflict.message(locale);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
        faces.validationFailed();
    }

    /**
     * Runs one edit. Done, it keeps the page bundle's {@code doneKey} for the next page and answers
     * {@code outcome} (a redirect: post-redirect-get); refused, it shows why (see above) and answers null,
     * so the user stays with what they typed.
     */
    public static String attempt(Runnable edit, String formId, Locale locale, String doneKey, String outcome) {
        try {
            edit.run();
        } catch (InvalidInput refusal) {
            show(refusal, formId, locale);
            return null;
        } catch (EditConflict conflict) {
            show(conflict, locale);
            return null;
        }
        var faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(doneKey);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return outcome;
    }
}
