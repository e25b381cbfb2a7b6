package org.camove.grants;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camove.logframe.Programme;
import org.camove.money.Currencies;
import org.camove.money.Money;
import org.camove.organisations.Organisation;
import org.camove.organisations.OrganisationKind;
import org.camove.security.Role;
import org.camove.shared.InvalidInput;

/** What donors give a programme: programme managers record funding agreements; lead-agency staff read them. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER})
public class FundingAgreements {

    /** An agreement as a list shows it. */
    public record Row(long id, String donorCode, String donorName, Money amount, LocalDate startsOn, LocalDate endsOn,
                      String reportingRequirements) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private GrantAccess access;

    /** Records an agreement of a donor organisation with the programme; refused field by field. Answers its id. */
    public long record(long donorId, String programmeCode, BigDecimal amount, String currency, LocalDate startsOn, LocalDate endsOn,
                       String reportingRequirements) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        var donor = em.find(Organisation.class, donorId);
        if (donor == null || donor.getKind() != OrganisationKind.DONOR) {
            violations.add(new InvalidInput.Violation("donor", "funding.notADonor", List.of()));
        }
        var programme = em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", programmeCode)
                .getResultStream().findFirst();
        if (programme.isEmpty()) {
            violations.add(new InvalidInput.Violation("programme", "logframe.noSuchProgramme", List.of(String.valueOf(programmeCode))));
        }
        if (amount == null || amount.signum() <= 0) {
            violations.add(new InvalidInput.Violation("amount", "funding.amount.positive", List.of()));
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            violations.add(new InvalidInput.Violation("endsOn", "grant.dates", List.of()));
        }
        String requirements = reportingRequirements == null || reportingRequirements.isBlank() ? null : reportingRequirements.strip();
        if (requirements != null && requirements.length() > FundingAgreement.REQUIREMENTS_LENGTH) {
            violations.add(new InvalidInput.Violation("reportingRequirements", "logframe.tooLong",
                    List.of(FundingAgreement.REQUIREMENTS_LENGTH, requirements.length())));
        }
        try {
            var paidIn = Currencies.parse("currency", currency);
            if (violations.isEmpty()) {
                var agreement = new FundingAgreement(donor, programme.get(), Money.of(amount, paidIn), startsOn, endsOn, requirements,
                        access.changeNow());
                em.persist(agreement);
                em.flush();
                return agreement.getId();
            }
        } catch (InvalidInput refused) {
            violations.addAll(refused.violations());
        }
        throw new InvalidInput(violations);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.FINANCE_REVIEWER})
    public List<Row> agreements(String programmeCode, Locale locale) {
        return em.createNamedQuery(FundingAgreement.OF_PROGRAMME, FundingAgreement.class).setParameter("programme", programmeCode)
                .getResultStream().map(a -> new Row(a.getId(), a.getDonor().getCode(), a.getDonor().nameIn(locale), a.getAmount(),
                        a.getStartsOn(), a.getEndsOn(), a.getReportingRequirements())).toList();
    }
}
