package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.camove.grants.BudgetLineInput;
import org.camove.grants.FundingAgreements;
import org.camove.grants.GrantDraft;
import org.camove.grants.GrantState;
import org.camove.grants.GrantView;
import org.camove.grants.Grants;
import org.camove.grants.ShareInput;
import org.camove.money.ConvertedPart;
import org.camove.money.Money;
import org.camove.money.Spend;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Grants against the real database: budgets that must add up, amendments as versions with the one in force, the
 * audited life cycle, donors' shares, conflicts, money's two columns and partner isolation. Each test makes grants
 * of its own (references starting IT-) and deletes them afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class GrantsIT {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final String PROGRAMME = "CAOTM";
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency KGS = Currency.getInstance("KGS");

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(GrantsIT.class).addClasses(AsNamedManager.class, AsNamedPartnerOfficer.class,
                AsNamedFinanceReviewer.class, IdentitiesForTests.class, GrantFixtures.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedManager manager;

    @EJB
    private AsNamedPartnerOfficer partnerKg;

    @EJB
    private AsNamedFinanceReviewer finance;

    @EJB
    private Grants grants;

    @EJB
    private FundingAgreements agreements;

    private GrantFixtures fixtures;

    @BeforeEach
    void identities() {
        IdentitiesForTests.create(tx);
        AsNamedFinanceReviewer.create(tx);
        fixtures = new GrantFixtures(tx, manager, grants);
    }

    @AfterEach
    void deleteTestGrants() {
        fixtures.deleteTestGrants();
    }

    @Test
    void aBudgetThatDoesNotAddUpNegativeFiguresOrAnUnknownCurrencyAreRefusedAndNothingIsKept() {
        String reference = fixtures.reference();
        var lines = List.of(GrantFixtures.line("Staff", "12", "1000.00"), GrantFixtures.line("Travel", "3", "333.33"));
        var notAddingUp = catchThrowableOfType(InvalidInput.class, () -> manager.call(() -> grants.create(
                fixtures.draft(reference, "KZ-03", "USD", "14000", lines))));
        assertThat(notAddingUp.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("total");
            assertThat(v.message(Locale.ENGLISH))
                    .isEqualTo("The budget lines add up to USD 12999.99, not to the total USD 14000.00: the difference is USD -1000.01.");
            assertThat(v.message(RU)).isEqualTo("Статьи бюджета в сумме дают USD 12999.99, а не общую сумму USD 14000.00: разница USD -1000.01.");
        });
        var negative = catchThrowableOfType(InvalidInput.class, () -> manager.call(() -> grants.create(
                fixtures.draft(reference, "KZ-03", "USD", "-10", List.of(GrantFixtures.line("Staff", "1", "-10"))))));
        assertThat(negative.violations()).extracting(InvalidInput.Violation::field).containsExactly("total", "lines[0].unitCost");
        var unknownCurrency = catchThrowableOfType(InvalidInput.class, () -> manager.call(() -> grants.create(
                fixtures.draft(reference, "KZ-03", "USX", "12999.99", lines))));
        assertThat(unknownCurrency.violations()).extracting(v -> v.field() + ": " + v.message(Locale.ENGLISH)).containsExactly(
                "currency: \"USX\" is not a currency camove accepts. Use one of: CHF, DKK, EUR, GBP, KGS, KZT, NOK, RUB, SEK, TJS, USD.");
        var notAPartner = catchThrowableOfType(InvalidInput.class, () -> manager.call(() -> grants.create(
                fixtures.draft(reference, "DN-01", "USD", "12999.99", lines))));
        assertThat(notAPartner.violations()).extracting(InvalidInput.Violation::key).containsExactly("entry.noSuchPartner");
        assertThat(fixtures.count("SELECT COUNT(*) FROM grant_award WHERE reference = ?1", reference)).isZero();

        long id = manager.call(() -> grants.create(fixtures.draft(reference, "KZ-03", "USD", "12999.99", lines)));
        var taken = catchThrowableOfType(InvalidInput.class, () -> manager.call(() -> grants.create(
                fixtures.draft(reference, "KZ-03", "USD", "12999.99", lines))));
        assertThat(taken.violations().get(0).message(Locale.ENGLISH)).isEqualTo("There is already a grant " + reference
                + ": choose another reference.");
        // money is two columns, rounded to the cent, and reads back the same
        List<Object[]> stored = tx.call(em -> em.createNativeQuery("SELECT v.total_amount, v.currency, l.amount FROM budget_version v "
                + "JOIN budget_line l ON l.budget_version_id = v.id WHERE v.grant_id = ?1 ORDER BY l.position").setParameter(1, id).getResultList());
        assertThat(stored).extracting(row -> row[0] + " " + row[1] + " " + row[2]).containsExactly("12999.99 USD 12000.00", "12999.99 USD 999.99");
        var view = manager.call(() -> grants.grant(id, Locale.ENGLISH));
        assertThat(view.total()).isEqualTo(Money.of("12999.99", "USD"));
        assertThat(view.budgets().get(0).lines()).extracting(GrantView.Line::amount)
                .containsExactly(Money.of("12000", "USD"), Money.of("999.99", "USD"));
        assertThat(view.varianceThreshold()).as("the default").isEqualByComparingTo("10");
    }

    @Test
    void anActiveGrantChangesByAmendmentsWhoseHistoryIsKeptAndEachDateHasTheVersionInForce() {
        long id = fixtures.activeGrant("KZ-03", "USD", "10000.00");
        var active = manager.call(() -> grants.grant(id, Locale.ENGLISH));
        var inPlace = catchThrowableOfType(InvalidInput.class, () -> fixtures.as(manager, () -> grants.reviseDraftBudget(id, active.version(),
                new BigDecimal("10000"), List.of(GrantFixtures.line("Staff", "10", "1000")))));
        assertThat(inPlace.violations().get(0).key()).isEqualTo("grant.budget.notDraft");
        var noReason = catchThrowableOfType(InvalidInput.class, () -> fixtures.as(manager, () -> grants.amend(id, active.version(),
                LocalDate.of(2026, 7, 1), " ", new BigDecimal("12000"), List.of(GrantFixtures.line("Staff", "12", "1000")))));
        assertThat(noReason.violations().get(0).field()).isEqualTo("reason");
        var beforeStart = catchThrowableOfType(InvalidInput.class, () -> fixtures.as(manager, () -> grants.amend(id, active.version(),
                LocalDate.of(2026, 1, 1), "too early", new BigDecimal("12000"), List.of(GrantFixtures.line("Staff", "12", "1000")))));
        assertThat(beforeStart.violations().get(0).field()).isEqualTo("effectiveFrom");

        fixtures.as(manager, () -> grants.amend(id, active.version(), LocalDate.of(2026, 7, 1), "Two more months of legal aid",
                new BigDecimal("12000"), List.of(GrantFixtures.line("Staff", "12", "1000"))));
        var amended = manager.call(() -> grants.grant(id, Locale.ENGLISH));
        assertThat(amended.budgets()).extracting(GrantView.Budget::number, GrantView.Budget::total, GrantView.Budget::reason).containsExactly(
                tuple(1, Money.of("10000", "USD"), null),
                tuple(2, Money.of("12000", "USD"), "Two more months of legal aid"));
        assertThat(amended.budgetInForce(LocalDate.of(2026, 6, 30)).orElseThrow().number()).isEqualTo(1);
        assertThat(amended.budgetInForce(LocalDate.of(2026, 7, 1)).orElseThrow().number()).isEqualTo(2);
        assertThat(amended.budgetInForce(LocalDate.of(2025, 12, 31))).as("before the grant").isEmpty();
        assertThat(amended.budgets().get(0).lines()).as("the first version's lines are kept")
                .extracting(GrantView.Line::amount).containsExactly(Money.of("10000", "USD"));
    }

    @Test
    void theLifeCycleGoesForwardOneStepAtATimeOnlyOnceFundedAndEveryMoveIsAudited() {
        long id = manager.call(() -> grants.create(fixtures.draft(fixtures.reference(), "KZ-03", "EUR", "5000",
                List.of(GrantFixtures.line("Staff", "5", "1000")))));
        var unfunded = catchThrowableOfType(InvalidInput.class, () -> fixtures.as(manager, () -> grants.move(id, fixtures.version(id),
                GrantState.ACTIVE, null)));
        assertThat(unfunded.violations().get(0).key()).isEqualTo("grant.activate.unfunded");
        var skipping = catchThrowableOfType(InvalidInput.class, () -> fixtures.as(manager, () -> grants.move(id, fixtures.version(id),
                GrantState.CLOSED, null)));
        assertThat(skipping.violations().get(0).message(Locale.ENGLISH)).endsWith("cannot go from DRAFT to CLOSED: a grant goes from "
                + "draft to active to closing to closed.");

        var notHundred = catchThrowableOfType(InvalidInput.class, () -> fixtures.as(manager, () -> grants.fund(id, fixtures.version(id),
                List.of(new ShareInput(fixtures.organisation("DN-01"), new BigDecimal("60")),
                        new ShareInput(fixtures.organisation("DN-02"), new BigDecimal("30"))))));
        assertThat(notHundred.violations().get(0).message(Locale.ENGLISH)).isEqualTo("The donors' shares add up to 90 %, not to 100 %.");
        var notADonor = catchThrowableOfType(InvalidInput.class, () -> fixtures.as(manager, () -> grants.fund(id, fixtures.version(id),
                List.of(new ShareInput(fixtures.organisation("KG-02"), new BigDecimal("100"))))));
        assertThat(notADonor.violations().get(0).field()).isEqualTo("shares[0].donor");
        fixtures.as(manager, () -> grants.fund(id, fixtures.version(id), List.of(new ShareInput(fixtures.organisation("DN-01"), BigDecimal.TEN
                .multiply(BigDecimal.TEN)))));
        // set again, the same donor among them: the old shares make way
        fixtures.as(manager, () -> grants.fund(id, fixtures.version(id), List.of(
                new ShareInput(fixtures.organisation("DN-01"), new BigDecimal("33.3333")),
                new ShareInput(fixtures.organisation("DN-03"), new BigDecimal("33.3333")),
                new ShareInput(fixtures.organisation("DN-04"), new BigDecimal("33.3334")))));
        var funded = manager.call(() -> grants.grant(id, Locale.ENGLISH));
        assertThat(Money.sum(funded.total().currency(), funded.shares().stream().map(GrantView.Share::amount).toList()))
                .as("the donors' amounts reconcile with the total to the cent").isEqualTo(Money.of("5000", "EUR"));

        fixtures.as(manager, () -> grants.move(id, fixtures.version(id), GrantState.ACTIVE, null));
        fixtures.as(manager, () -> grants.move(id, fixtures.version(id), GrantState.CLOSING, "Final report due"));
        fixtures.as(manager, () -> grants.move(id, fixtures.version(id), GrantState.CLOSED, null));
        List<Object[]> audit = tx.call(em -> em.createNativeQuery("SELECT from_state, to_state, changed_by, reason, changed_at "
                + "FROM grant_transition WHERE grant_id = ?1 ORDER BY id").setParameter(1, id).getResultList());
        assertThat(audit).extracting(row -> row[0] + ">" + row[1] + " by " + row[2] + ": " + row[3]).containsExactly(
                "DRAFT>ACTIVE by " + IdentitiesForTests.MANAGER + ": null",
                "ACTIVE>CLOSING by " + IdentitiesForTests.MANAGER + ": Final report due",
                "CLOSING>CLOSED by " + IdentitiesForTests.MANAGER + ": null");
        assertThat(audit).allSatisfy(row -> assertThat(row[4]).isNotNull());
        assertThat(manager.call(() -> grants.grant(id, Locale.ENGLISH)).state()).isEqualTo(GrantState.CLOSED);
    }

    @Test
    void aDraftIsDeletedWithItsBudgetSharesAndTranches_anActiveGrantOrAStaleVersionIsRefused_andNothingGoes() {
        long draft = manager.call(() -> grants.create(fixtures.draft(fixtures.reference(), "KZ-03", "USD", "5000",
                List.of(GrantFixtures.line("Staff", "1", "5000")))));
        fixtures.as(manager, () -> grants.fund(draft, fixtures.version(draft), List.of(new ShareInput(fixtures.organisation("DN-01"),
                new BigDecimal("100")))));
        manager.call(() -> grants.planTranche(draft, fixtures.version(draft), LocalDate.of(2026, 12, 20), new BigDecimal("2500"), null));
        long seen = fixtures.version(draft);
        assertThat(catchThrowableOfType(EJBAccessException.class, () -> partnerKg.call(() -> {
            grants.deleteDraft(draft, seen);
            return null;
        })))
                .as("a partner officer").isNotNull();
        assertThat(catchThrowableOfType(EditConflict.class, () -> fixtures.as(manager, () -> grants.deleteDraft(draft, seen - 1))))
                .as("deleting what one has not seen").isNotNull();
        assertThat(rowsOf(draft)).isEqualTo("1 grant, 1 budget, 1 lines, 1 shares, 1 tranches");

        fixtures.as(manager, () -> grants.deleteDraft(draft, seen));
        assertThat(rowsOf(draft)).isEqualTo("0 grant, 0 budget, 0 lines, 0 shares, 0 tranches");

        long active = fixtures.activeGrant("KZ-03", "EUR", "3000.00");
        var refused = catchThrowableOfType(InvalidInput.class, () -> fixtures.as(manager, () -> grants.deleteDraft(active,
                fixtures.version(active))));
        String reference = manager.call(() -> grants.grant(active, Locale.ENGLISH)).reference();
        assertThat(refused.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("state");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("Grant " + reference + " is no longer a draft: it cannot be deleted, only closed.");
            assertThat(v.message(RU)).isEqualTo("Грант " + reference + " уже не черновик: его нельзя удалить, только закрыть.");
        });
        assertThat(rowsOf(active)).isEqualTo("1 grant, 1 budget, 1 lines, 1 shares, 0 tranches");
    }

    private String rowsOf(long grant) {
        return fixtures.count("SELECT COUNT(*) FROM grant_award WHERE id = ?1", grant) + " grant, "
                + fixtures.count("SELECT COUNT(*) FROM budget_version WHERE grant_id = ?1", grant) + " budget, "
                + fixtures.count("SELECT COUNT(*) FROM budget_line l JOIN budget_version v ON v.id = l.budget_version_id WHERE v.grant_id = ?1", grant)
                + " lines, " + fixtures.count("SELECT COUNT(*) FROM grant_funding_share WHERE grant_id = ?1", grant) + " shares, "
                + fixtures.count("SELECT COUNT(*) FROM tranche WHERE grant_id = ?1", grant) + " tranches";
    }

    @Test
    void aStaleEditIsRefusedNamingWhoSavedFirstAndTheirEditIsKept() {
        long id = manager.call(() -> grants.create(fixtures.draft(fixtures.reference(), "KZ-03", "CHF", "3000",
                List.of(GrantFixtures.line("Staff", "3", "1000")))));
        long seenByBoth = fixtures.version(id);
        fixtures.as(manager, () -> grants.reviseDraftBudget(id, seenByBoth, new BigDecimal("3600"),
                List.of(GrantFixtures.line("Staff", "3", "1200"))));
        var stale = catchThrowableOfType(EditConflict.class, () -> fixtures.as(manager, () -> grants.fund(id, seenByBoth,
                List.of(new ShareInput(fixtures.organisation("DN-04"), new BigDecimal("100"))))));
        assertThat(stale.message(Locale.ENGLISH)).startsWith("Grant " + fixtures.referenceOf(id) + " was changed by Timur Testov at ");
        assertThat(stale.message(RU)).startsWith("Грант " + fixtures.referenceOf(id) + ": изменения внёс(ла) Timur Testov в ");
        var kept = manager.call(() -> grants.grant(id, Locale.ENGLISH));
        assertThat(kept.total()).isEqualTo(Money.of("3600", "CHF"));
        assertThat(kept.shares()).as("the late save changed nothing").isEmpty();
    }

    @Test
    void aPartnerOfficerReadsOnlyTheirOwnGrantsAndAnotherPartnersIdIsRefusedAsNotFoundAndLogged() throws IOException {
        long own = manager.call(() -> grants.create(fixtures.draft(fixtures.reference(), "KG-02", "USD", "1000",
                List.of(GrantFixtures.line("Staff", "1", "1000")))));
        long other = manager.call(() -> grants.create(fixtures.draft(fixtures.reference(), "TJ-01", "USD", "2000",
                List.of(GrantFixtures.line("Staff", "2", "1000")))));

        var listed = partnerKg.call(() -> grants.grants(PROGRAMME, Locale.ENGLISH));
        assertThat(listed).extracting(GrantView.Summary::partnerCode).containsOnly("KG-02");
        assertThat(listed).extracting(GrantView.Summary::id).contains(own).doesNotContain(other);
        assertThat(manager.call(() -> grants.grants(PROGRAMME, Locale.ENGLISH))).extracting(GrantView.Summary::id).contains(own, other);
        assertThat(partnerKg.call(() -> grants.grant(own, RU)).partnerName()).isEqualTo("Бишкекский центр поддержки мигрантов");

        var refused = catchThrowableOfType(InvalidInput.class, () -> partnerKg.call(() -> grants.grant(other, Locale.ENGLISH)));
        var missing = catchThrowableOfType(InvalidInput.class, () -> partnerKg.call(() -> grants.grant(Long.MAX_VALUE, Locale.ENGLISH)));
        assertThat(refused.violations().get(0).message(Locale.ENGLISH)).isEqualTo("There is no such grant, or it is not yours to see.")
                .as("nothing tells another partner's grant from one that does not exist").isEqualTo(missing.violations().get(0).message(Locale.ENGLISH));
        assertThat(refused.violations().get(0).message(RU)).isEqualTo("Такого гранта нет, или он вам недоступен.");
        long demoTajikGrant = fixtures.count("SELECT id FROM grant_award WHERE reference = 'CAOTM-G-2025-02'");
        assertThatThrownBy(() -> partnerKg.call(() -> grants.grant(demoTajikGrant, Locale.ENGLISH))).isInstanceOf(InvalidInput.class);
        assertThat(Files.readString(Path.of(System.getProperty("jboss.server.log.dir"), "server.log")))
                .contains("Partner officer " + IdentitiesForTests.PARTNER_KG + " asked for grant " + other
                        + ", which is not their organisation's: refused");

        assertThatThrownBy(() -> partnerKg.call(() -> grants.create(fixtures.draft(fixtures.reference(), "KG-02", "USD", "1000",
                List.of(GrantFixtures.line("Staff", "1", "1000")))))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> finance.call(() -> grants.create(fixtures.draft(fixtures.reference(), "KG-02", "USD", "1000",
                List.of(GrantFixtures.line("Staff", "1", "1000")))))).isInstanceOf(EJBAccessException.class);
        assertThat(finance.call(() -> grants.grant(other, Locale.ENGLISH)).partnerCode()).as("finance reads every grant").isEqualTo("TJ-01");
    }
    @Test
    void theDemoGrantsSpendIsConvertedFirstInFirstOutAcrossItsTwoDisbursementsOrAtTheMonthsRate() {
        long fifoGrant = fixtures.count("SELECT id FROM grant_award WHERE reference = 'CAOTM-G-2025-01'");
        List<Object[]> paid = tx.call(em -> em.createNativeQuery("SELECT d.id, d.amount, d.rate_to_grant FROM disbursement d "
                + "JOIN tranche t ON t.id = d.tranche_id WHERE t.grant_id = ?1 ORDER BY d.paid_on").setParameter(1, fifoGrant).getResultList());
        var firstAmount = (BigDecimal) paid.get(0)[1];
        var firstRate = (BigDecimal) paid.get(0)[2];
        var secondRate = (BigDecimal) paid.get(1)[2];
        var early = new Spend(LocalDate.of(2025, 3, 10), Money.of("1000000", "KGS"));
        var spanning = new Spend(LocalDate.of(2025, 8, 5), Money.of(firstAmount.subtract(new BigDecimal("500000")), KGS));
        var converted = partnerKg.call(() -> grants.convert(fifoGrant, List.of(spanning, early)));

        assertThat(converted.get(1).parts()).singleElement().satisfies(p -> assertThat(p.rate()).isEqualByComparingTo(firstRate));
        assertThat(converted.get(0).parts()).extracting(ConvertedPart::original)
                .containsExactly(Money.of(firstAmount.subtract(new BigDecimal("1000000")), KGS), Money.of("500000", "KGS"));
        assertThat(converted.get(0).parts()).extracting(ConvertedPart::reference)
                .containsExactly("disbursement " + paid.get(0)[0], "disbursement " + paid.get(1)[0]);
        assertThat(converted.get(0).converted()).isEqualTo(Money.of(firstAmount.subtract(new BigDecimal("1000000")), KGS)
                .convert(firstRate, USD).plus(Money.of("500000", "KGS").convert(secondRate, USD)));

        long monthlyGrant = fixtures.count("SELECT id FROM grant_award WHERE reference = 'CAOTM-G-2025-02'");
        var rate = tx.call(em -> (BigDecimal) em.createNativeQuery("SELECT rate FROM exchange_rate WHERE from_currency = 'TJS' "
                + "AND to_currency = 'EUR' AND rate_month = '2025-05-01'").getSingleResult());
        var tajik = manager.call(() -> grants.convert(monthlyGrant, List.of(new Spend(LocalDate.of(2025, 5, 10), Money.of("10000", "TJS")))));
        assertThat(tajik.get(0).converted()).isEqualTo(Money.of(new BigDecimal("10000").multiply(rate), Currency.getInstance("EUR")));
        assertThat(tajik.get(0).parts().get(0).reference()).isEqualTo("TJS/EUR 2025-05");
        var missing = catchThrowableOfType(InvalidInput.class, () -> manager.call(() -> grants.convert(monthlyGrant,
                List.of(new Spend(LocalDate.of(2031, 1, 10), Money.of("10000", "TJS"))))));
        assertThat(missing.violations().get(0).message(Locale.ENGLISH)).startsWith("There is no TJS → EUR exchange rate for 2031-01.");
        assertThatThrownBy(() -> partnerKg.call(() -> grants.convert(monthlyGrant, List.of(new Spend(LocalDate.of(2025, 5, 10),
                Money.of("1", "TJS")))))).isInstanceOf(InvalidInput.class).hasMessage("There is no such grant, or it is not yours to see.");
    }

    @Test
    void fundingAgreementsAreRecordedForDonorsOnly() {
        try {
            long id = manager.call(() -> agreements.record(fixtures.organisation("DN-03"), PROGRAMME, new BigDecimal("25000"), "EUR",
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "IT: yearly report"));
            assertThat(manager.call(() -> agreements.agreements(PROGRAMME, RU))).filteredOn(a -> a.id() == id).singleElement().satisfies(a -> {
                assertThat(a.donorName()).isEqualTo("Рейнский протестантский фонд солидарности");
                assertThat(a.amount()).isEqualTo(Money.of("25000", "EUR"));
            });
            var refused = catchThrowableOfType(InvalidInput.class, () -> manager.call(() -> agreements.record(fixtures.organisation("KG-02"),
                    PROGRAMME, new BigDecimal("-1"), "EUX", LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31), "IT: refused")));
            assertThat(refused.violations()).extracting(InvalidInput.Violation::field).containsExactly("donor", "amount", "endsOn", "currency");
            assertThat(manager.call(() -> agreements.agreements(PROGRAMME, Locale.ENGLISH))).extracting(FundingAgreements.Row::donorCode)
                    .contains("DN-01", "DN-02", "DN-03", "DN-04");
            assertThatThrownBy(() -> partnerKg.call(() -> agreements.agreements(PROGRAMME, Locale.ENGLISH))).isInstanceOf(EJBAccessException.class);
        } finally {
            tx.call(em -> em.createNativeQuery("DELETE FROM funding_agreement WHERE reporting_requirements LIKE 'IT:%'").executeUpdate());
        }
    }
}
