package org.camove.web.grants;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import org.camove.money.Money;
import org.camove.web.security.CurrentUser;

/**
 * Writes money for a reader: grouped as in the reader's language, with exactly the currency's minor units (so a
 * page shows what the database holds, to the cent) and its ISO code; "—" for an amount not known yet.
 */
@Named
@RequestScoped
public class MoneyFormat {

    public static final String UNKNOWN = "—";

    @Inject
    private CurrentUser user;

    public String of(Money money) {
        if (money == null) {
            return UNKNOWN;
        }
        var format = NumberFormat.getNumberInstance(user.getLocale());
        int digits = money.currency().getDefaultFractionDigits();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.amount()) + " " + money.currency().getCurrencyCode();
    }
}
