package org.camove.web.indicators;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.camove.indicators.aggregation.Direction;
import org.camove.indicators.aggregation.PartnerAggregation;
import org.camove.logframe.IndicatorDefinition;
import org.camove.logframe.IndicatorDefinitions;
import org.camove.logframe.IndicatorDraft;
import org.camove.logframe.MeasureType;
import org.camove.logframe.TimeAggregation;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.camove.web.security.CurrentUser;

/**
 * The indicator editor: {@code indicator-edit.xhtml?id=…} edits an indicator, {@code ?result=…} adds one
 * to a result. View scoped: the form keeps the version it was opened at, and the target grid grows a row
 * when a responsible partner is ticked. A save is one service call; refusals are shown beside their fields
 * (a violation's field is the id of its input), and a refused save keeps everything the manager typed.
 */
@Named("indicatorEdit")
@ViewScoped
public class IndicatorEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "indicatorForm:";
    /** Fields that have an input or a block of inputs with that id on the page. */
    private static final Set<String> FIELDS = Set.of("code", "nameEn", "definitionEn", "unitEn", "measureType",
            "timeAggregation", "partnerAggregation", "direction", "baseline", "lifeOfProgrammeTarget", "scoreMin",
            "scoreMax", "scoreLevelsEn", "verificationEn", "categories", "responsiblePartners", "programmeTargets",
            "partnerTargets");

    @EJB
    private IndicatorDefinitions definitions;

    @Inject
    private CurrentUser user;

    private Long id;
    private Long result;
    private IndicatorDraft draft;
    private IndicatorDefinition definition;
    private final Map<String, Integer> categoryOrder = new HashMap<>();

    /** The page's view action: reads the indicator (or the result a new one goes under); unknown ids are "not found". */
    public void load() throws IOException {
        if (draft != null) {
            return;
        }
        Optional<IndicatorDraft> found = id != null ? definitions.draftOf(id, user.getLocale())
                : result != null ? definitions.draftFor(result, user.getLocale()) : Optional.empty();
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        draft = found.get();
        definition = draft.definition();
        List<String> categories = definition.getCategories();
        IntStream.range(0, categories.size()).forEach(i -> categoryOrder.put(categories.get(i), i + 1));
        partnerRowsFollowResponsibility();
    }

    /** A percentage pools across partners; a measure that is not one cannot pool. */
    public void measureTypeChanged() {
        if (definition.getMeasureType() == MeasureType.PERCENTAGE) {
            definition.setPartnerAggregation(PartnerAggregation.POOLED);
        } else if (definition.getPartnerAggregation() == PartnerAggregation.POOLED) {
            definition.setPartnerAggregation(PartnerAggregation.SUM);
        }
    }

    /** The target grid has a row for each responsible partner, no more. */
    public void partnerRowsFollowResponsibility() {
        Map<String, Map<String, java.math.BigDecimal>> rows = new TreeMap<>();
        for (String partner : definition.getResponsiblePartners()) {
            rows.put(partner, definition.getPartnerTargets().getOrDefault(partner, new TreeMap<>()));
        }
        definition.setPartnerTargets(rows);
    }

    public String save() {
        definition.setCategories(categoriesInOrder());
        partnerRowsFollowResponsibility();
        try {
            if (draft.indicatorId() == null) {
                definitions.create(draft.resultId(), definition);
            } else {
                definitions.update(draft.indicatorId(), draft.version(), definition);
            }
        } catch (InvalidInput refused) {
            show(refused);
            return null;
        } catch (EditConflict conflict) {
            show(conflict);
            return null;
        }
        return backToLogframe("indicatorEdit.saved");
    }

    public String delete() {
        try {
            definitions.delete(draft.indicatorId(), draft.version());
        } catch (InvalidInput refused) {
            show(refused);
            return null;
        } catch (EditConflict conflict) {
            show(conflict);
            return null;
        }
        return backToLogframe("indicatorEdit.deleted");
    }

    private String backToLogframe(String messageKey) {
        var faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(messageKey);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/logframe.xhtml?faces-redirect=true&programme=" + draft.programmeCode();
    }

    private void show(InvalidInput refused) {
        var faces = FacesContext.getCurrentInstance();
        refused.violations().forEach(violation -> {
            String text = violation.message(user.getLocale());
            String clientId = FIELDS.contains(violation.field()) ? FORM + violation.field() : null;
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
        faces.validationFailed();
    }

    private void show(EditConflict conflict) {
        String text = conflict.message(user.getLocale());
        var faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** Categories given a place, by place; two in the same place keep the reference data's order. */
    private List<String> categoriesInOrder() {
        List<String> known = draft.categories().stream().map(IndicatorDraft.Category::code).toList();
        return categoryOrder.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0)
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> known.indexOf(e.getKey())))
                .map(Map.Entry::getKey).toList();
    }

    public List<String> getQuarters() {
        return draft.quarters().stream().map(Object::toString).toList();
    }

    public List<IndicatorDraft.Choice> getPartnerRows() {
        return draft.partners().stream().filter(p -> definition.getResponsiblePartners().contains(p.code())).toList();
    }

    public List<Integer> getCategoryPlaces() {
        return IntStream.rangeClosed(0, draft.categories().size()).boxed().toList();
    }

    public MeasureType[] getMeasureTypes() {
        return MeasureType.values();
    }

    public TimeAggregation[] getTimeAggregations() {
        return TimeAggregation.values();
    }

    public PartnerAggregation[] getPartnerAggregations() {
        return PartnerAggregation.values();
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public boolean isNew() {
        return draft.indicatorId() == null;
    }

    public IndicatorDraft getDraft() {
        return draft;
    }

    public IndicatorDefinition getDefinition() {
        return definition;
    }

    public Map<String, Integer> getCategoryOrder() {
        return categoryOrder;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getResult() {
        return result;
    }

    public void setResult(Long result) {
        this.result = result;
    }
}
