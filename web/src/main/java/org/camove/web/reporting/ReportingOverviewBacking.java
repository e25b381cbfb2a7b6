package org.camove.web.reporting;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.camove.logframe.LogframeService;
import org.camove.reporting.PackageOverview;
import org.camove.reporting.PackageState;
import org.camove.reporting.ReportingOverview;
import org.camove.shared.InvalidInput;
import org.camove.web.FieldMessages;
import org.camove.web.security.CurrentUser;

/**
 * The managers' overview of partners' packages ({@code reporting-overview.xhtml}): partners × periods with each
 * package's state, counts per period, filters by country and quarters in the URL (a GET form), and a link from
 * each cell to the package's review page.
 */
@Named
@RequestScoped
public class ReportingOverviewBacking {

    @EJB
    private ReportingOverview overview;

    @EJB
    private LogframeService logframes;

    @Inject
    private CurrentUser user;

    private String programme;
    private String country;
    private String from;
    private String to;
    private PackageOverview view;

    /** The page's view action: the programme asked for, else the first; an unknown one is answered 404. */
    public void load() throws IOException {
        if (programme == null || programme.isBlank()) {
            programme = logframes.programmes(user.getLocale()).stream().findFirst().map(p -> p.code()).orElse(null);
        }
        try {
            view = programme == null ? null
                    : overview.overview(programme, country, from, to, LocalDate.now(ZoneOffset.UTC), user.getLocale()).orElse(null);
        } catch (InvalidInput refused) {
            FieldMessages.show(refused, "filters", user.getLocale());
            view = overview.overview(programme, null, null, null, LocalDate.now(ZoneOffset.UTC), user.getLocale()).orElse(null);
        }
        if (view == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public List<PackageState> getStates() {
        return List.of(PackageState.values());
    }

    public PackageOverview getView() {
        return view;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
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
}
