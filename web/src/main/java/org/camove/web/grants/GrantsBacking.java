package org.camove.web.grants;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camove.grants.GrantFilter;
import org.camove.grants.GrantListing;
import org.camove.grants.GrantState;
import org.camove.grants.Grants;
import org.camove.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The grants list ({@code grants.xhtml}): a lazy table that the database pages, filters and sorts (the service's
 * {@link Grants#list}); the lead agency's staff see every grant, a partner officer their own organisation's ("My
 * grants": the service decides, not the page).
 */
@Named
@ViewScoped
public class GrantsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Grants grants;

    @Inject
    private CurrentUser user;

    private final LazyDataModel<GrantListing.Row> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) grants.count(filter(filterBy, Map.of()));
        }

        @Override
        public List<GrantListing.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var listing = grants.list(filter(filterBy, sortBy), first, pageSize, LocalDate.now(ZoneOffset.UTC), user.getLocale());
            setRowCount((int) listing.count());
            return listing.rows();
        }

        @Override
        public String getRowKey(GrantListing.Row row) {
            return Long.toString(row.id());
        }

        @Override
        public GrantListing.Row getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> Long.toString(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    };

    public LazyDataModel<GrantListing.Row> getRows() {
        return rows;
    }

    public GrantState[] getStates() {
        return GrantState.values();
    }

    private static GrantFilter filter(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        var sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst();
        String state = text(filterBy, "state");
        return new GrantFilter(text(filterBy, "reference"), text(filterBy, "partner"), text(filterBy, "country"),
                Arrays.stream(GrantState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null), text(filterBy, "currency"),
                sort.map(SortMeta::getField).orElse(null), sort.map(s -> s.getOrder() == SortOrder.DESCENDING).orElse(false));
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        var meta = filterBy.get(field);
        return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
    }
}
