package org.camove.web.finance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.camove.finance.Portfolio;
import org.camove.grants.GrantState;
import org.camove.money.Money;
import org.camove.web.security.CurrentUser;

/**
 * The portfolio overview ({@code portfolio.xhtml}) for the lead agency's staff: every grant's money and the timeliness
 * of its financial reports, filtered by the partner's country and the grant's state (GET parameters, so the address
 * keeps them; an unknown value filters nothing).
 */
@Named
@RequestScoped
public class PortfolioBacking {

    @EJB
    private Portfolio portfolio;

    @Inject
    private CurrentUser user;

    private String country;
    private String state;
    private Portfolio.Overview overview;

    public Portfolio.Overview getOverview() {
        if (overview == null) {
            overview = portfolio.overview(blankToNull(country), stateFilter(), user.getLocale());
        }
        return overview;
    }

    public List<GrantState> getStates() {
        return Arrays.asList(GrantState.values());
    }

    public String money(Money money) {
        return MoneyText.of(money, user.getLocale());
    }

    public String percent(BigDecimal percent) {
        return MoneyText.percent(percent, user.getLocale());
    }

    private GrantState stateFilter() {
        return Arrays.stream(GrantState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
