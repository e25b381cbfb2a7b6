package org.camove.web.finance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.camove.finance.FinancialReports;
import org.camove.money.Money;
import org.camove.web.security.CurrentUser;

/** The finance review queue ({@code finance-review.xhtml}): the financial reports waiting for review, oldest first. */
@Named
@RequestScoped
public class FinanceReviewBacking {

    @EJB
    private FinancialReports reports;

    @Inject
    private CurrentUser user;

    private List<FinancialReports.Waiting> rows;

    public List<FinancialReports.Waiting> getRows() {
        if (rows == null) {
            rows = reports.queue(user.getLocale());
        }
        return rows;
    }

    public String money(Money money) {
        return MoneyText.of(money, user.getLocale());
    }
}
