package org.camove.web.referencedata;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.camove.logframe.CategoryOverview;
import org.camove.logframe.DisaggregationCategories;
import org.camove.logframe.ReferenceEntry;
import org.camove.web.FieldMessages;
import org.camove.web.security.CurrentUser;

/**
 * The disaggregation categories and their options ({@code reference-data.xhtml}), for administrators: one
 * dialog for a category, one for an option. View scoped: a dialog keeps the version of the category it was
 * opened on, which its save hands back. Each action is one service call, then back to the page
 * (post-redirect-get); a refusal stays in its dialog, beside the fields, with what was typed.
 */
@Named("referenceData")
@ViewScoped
public class ReferenceDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DisaggregationCategories categories;

    @Inject
    private CurrentUser user;

    private List<CategoryOverview> overview;

    /** The category of the open dialog; null while a new category is being added. */
    private CategoryOverview category;
    /** The option of the open option dialog; null while a new option is being added. */
    private CategoryOverview.Option option;
    private String code;
    private String nameEn;
    private String nameRu;
    private Integer position;

    @PostConstruct
    void load() {
        overview = categories.overview();
    }

    // ---- the category dialog -----------------------------------------------------------------------

    public void openNewCategory() {
        category = null;
        option = null;
        fill(null, null, null, null);
    }

    public void openCategory(CategoryOverview c) {
        category = c;
        option = null;
        fill(c.code(), c.nameEn(), c.nameRu(), null);
    }

    public String saveCategory() {
        var entry = entry();
        return attempt("categoryForm", () -> {
            if (category == null) {
                categories.addCategory(entry);
            } else {
                categories.reviseCategory(category.id(), category.version(), entry);
            }
        });
    }

    public String retireCategory() {
        return attempt("categoryForm", () -> categories.retireCategory(category.id(), category.version()));
    }

    public String reinstateCategory() {
        return attempt("categoryForm", () -> categories.reinstateCategory(category.id(), category.version()));
    }

    public String deleteCategory() {
        return attempt("categoryForm", () -> categories.deleteCategory(category.id(), category.version()));
    }

    // ---- the option dialog -------------------------------------------------------------------------

    public void openNewOption(CategoryOverview c) {
        category = c;
        option = null;
        fill(null, null, null, c.options().size() + 1);
    }

    public void openOption(CategoryOverview c, CategoryOverview.Option o) {
        category = c;
        option = o;
        fill(o.code(), o.nameEn(), o.nameRu(), o.position());
    }

    public String saveOption() {
        var entry = entry();
        return attempt("optionForm", () -> {
            if (option == null) {
                categories.addOption(category.id(), category.version(), entry, position);
            } else {
                categories.reviseOption(category.id(), category.version(), option.id(), entry, position);
            }
        });
    }

    public String retireOption() {
        return attempt("optionForm", () -> categories.retireOption(category.id(), category.version(), option.id()));
    }

    public String reinstateOption() {
        return attempt("optionForm", () -> categories.reinstateOption(category.id(), category.version(), option.id()));
    }

    public String deleteOption() {
        return attempt("optionForm", () -> categories.deleteOption(category.id(), category.version(), option.id()));
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private void fill(String code, String nameEn, String nameRu, Integer position) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
        this.position = position;
    }

    private ReferenceEntry entry() {
        return new ReferenceEntry(code, nameEn, nameRu);
    }

    private String attempt(String formId, Runnable edit) {
        return FieldMessages.attempt(edit, formId, user.getLocale(), "referenceData.saved", "/reference-data?faces-redirect=true");
    }

    /** A code is fixed once an indicator breaks down by its category: the service refuses a change, the page says so. */
    public boolean isCategoryCodeFixed() {
        return category != null && category.indicators() > 0;
    }

    public boolean isOptionCodeFixed() {
        return option != null && category.indicators() > 0;
    }

    /** The category dialog is open on a category (not on a new one). */
    public boolean isEditingCategory() {
        return category != null;
    }

    public List<CategoryOverview> getOverview() {
        return overview;
    }

    public CategoryOverview getCategory() {
        return category;
    }

    public CategoryOverview.Option getOption() {
        return option;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }
}
