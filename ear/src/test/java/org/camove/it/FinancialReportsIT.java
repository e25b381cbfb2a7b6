package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.camove.finance.ExpenditureInput;
import org.camove.finance.FinancialReportView;
import org.camove.finance.FinancialReports;
import org.camove.finance.Receipts;
import org.camove.grants.Disbursements;
import org.camove.grants.GrantAccess;
import org.camove.grants.GrantDraft;
import org.camove.grants.GrantView;
import org.camove.grants.Grants;
import org.camove.grants.TrancheState;
import org.camove.indicators.aggregation.Quarter;
import org.camove.money.ExchangeRatePolicy;
import org.camove.money.Money;
import org.camove.money.Spend;
import org.camove.narrative.EvidenceDownload;
import org.camove.reporting.SubmissionState;
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
 * Financial reports against the real database, on USD grants of partner KG-02 for 2026 made here and deleted after:
 * the workflow (submit, a double submit, return with a comment, resubmit, approve, which releases the tranche it
 * conditions), spend in KGS converted and stored with its rates under both policies (FIFO across two disbursements at
 * different rates), a rate edited after approval changing nothing, justifications, cash position, bad input in English
 * and Russian, a stale save, and another partner's officer refused as if the grant did not exist (and logged).
 */
@ExtendWith(ArquillianExtension.class)
class FinancialReportsIT {

    private static final Locale RU = GrantsIT.RU;

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(FinancialReportsIT.class).addClasses(AsNamedManager.class, AsNamedPartnerOfficer.class,
                AsOtherPartnerOfficer.class, AsNamedFinanceReviewer.class, IdentitiesForTests.class, GrantFixtures.class, GrantsIT.class,
                CapturedLog.class, MinimalPdf.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedManager manager;

    @EJB
    private AsNamedFinanceReviewer finance;

    @EJB
    private AsNamedPartnerOfficer officer;

    @EJB
    private AsOtherPartnerOfficer otherOfficer;

    @EJB
    private Grants grants;

    @EJB
    private Disbursements disbursements;

    @EJB
    private FinancialReports reports;

    @EJB
    private Receipts receipts;

    private GrantFixtures fixtures;
    private long q4;

    @BeforeEach
    void identities() {
        IdentitiesForTests.create(tx);
        AsNamedFinanceReviewer.create(tx);
        fixtures = new GrantFixtures(tx, manager, grants);
        q4 = fixtures.count("SELECT id FROM reporting_period WHERE programme_id = (SELECT id FROM programme WHERE code = 'CAOTM') "
                + "AND year = 2026 AND quarter = 4");
    }

    @AfterEach
    void cleanUp() {
        fixtures.deleteTestGrants();
    }

    /** A 2026 USD grant of KG-02: Staff 1 × 1000, Travel 1 × 500. */
    private long grant(ExchangeRatePolicy policy, String staff, String travel) {
        return fixtures.activeGrant(new GrantDraft(fixtures.reference(), fixtures.organisation("KG-02"), GrantsIT.PROGRAMME,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "USD",
                new BigDecimal(staff).add(new BigDecimal(travel)), policy, null,
                List.of(GrantFixtures.line("Staff", "1", staff), GrantFixtures.line("Travel", "1", travel))));
    }

    private FinancialReportView view(long grant) {
        return officer.call(() -> reports.view(grant, q4, Locale.ENGLISH));
    }

    private static List<ExpenditureInput> spent(FinancialReportView view, String staff, String travel, String travelJustification) {
        return List.of(new ExpenditureInput(view.lines().get(0).budgetLineId(), staff, "salary", null),
                new ExpenditureInput(view.lines().get(1).budgetLineId(), travel, null, travelJustification));
    }

    private BigDecimal kgsToUsd(String month) {
        return tx.call(em -> (BigDecimal) em.createNativeQuery("SELECT rate FROM exchange_rate WHERE from_currency = 'KGS' "
                + "AND to_currency = 'USD' AND rate_month = ?1").setParameter(1, month).getSingleResult());
    }

    private long plannedTranche(long grant, String amount, Long conditionPeriod) {
        return manager.call(() -> grants.planTranche(grant, fixtures.version(grant), LocalDate.of(2026, 12, 20), new BigDecimal(amount),
                conditionPeriod));
    }

    private GrantView.TrancheRow tranche(long grant, long trancheId) {
        return finance.call(() -> grants.grant(grant, Locale.ENGLISH)).tranches().stream().filter(t -> t.id() == trancheId)
                .findFirst().orElseThrow();
    }

    @Test
    void submittedReturnedResubmittedAndApprovedByFinanceWhichReleasesTheTrancheItConditions() {
        long grant = grant(ExchangeRatePolicy.MONTHLY, "1000.00", "500.00");
        long tranche = plannedTranche(grant, "700", q4);
        BigDecimal rate = kgsToUsd("2026-12-01");
        BigDecimal staffKgs = new BigDecimal("1000").divide(rate, 2, RoundingMode.HALF_UP);
        Money staffUsd = Money.of(staffKgs, Currency.getInstance("KGS")).convert(rate, Currency.getInstance("USD"));
        var blank = view(grant);
        assertThat(blank.started()).isFalse();
        assertThat(blank.editable()).isTrue();

        var saved = officer.call(() -> reports.save(grant, q4, 0, "kgs", spent(blank, staffKgs.toPlainString(), "", "No trips: the passes were closed"),
                Locale.ENGLISH));
        assertThat(saved.state()).isEqualTo(SubmissionState.DRAFT);
        assertThat(saved.currency()).isEqualTo("KGS");
        assertThat(saved.lines().get(0).spent()).isEqualTo(Money.of(staffKgs, Currency.getInstance("KGS")));
        assertThat(saved.lines().get(0).figures().thisQuarter()).isEqualTo(staffUsd);
        assertThat(saved.lines().get(1).figures().justificationRequired()).as("nothing spent of 500 budgeted to date").isTrue();
        assertThat(saved.total().thisQuarter()).isEqualTo(staffUsd);
        assertThat(saved.rates()).singleElement().satisfies(r -> {
            assertThat(r.reference()).isEqualTo("KGS/USD 2026-12");
            assertThat(r.basis()).isEqualTo("MONTHLY");
            assertThat(r.rate()).isEqualByComparingTo(rate);
        });
        var stale = catchThrowableOfType(EditConflict.class, () -> officer.call(() -> reports.save(grant, q4, 0, "KGS",
                spent(blank, "1", "", "x"), Locale.ENGLISH)));
        assertThat(stale.message(Locale.ENGLISH)).startsWith("The financial report " + fixtures.referenceOf(grant) + ", 2026-Q4 was changed by "
                + IdentitiesForTests.PARTNER_KG_NAME);
        assertThat(view(grant).lines().get(0).spent()).as("the stale save changed nothing").isEqualTo(saved.lines().get(0).spent());

        var submitted = officer.call(() -> reports.submit(grant, q4, saved.version(), Locale.ENGLISH));
        assertThat(submitted.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(submitted.editable()).isFalse();
        assertThatThrownBy(() -> officer.call(() -> reports.submit(grant, q4, saved.version(), Locale.ENGLISH)))
                .as("the same submit sent twice").isInstanceOf(EditConflict.class);
        var locked = catchThrowableOfType(InvalidInput.class, () -> officer.call(() -> reports.save(grant, q4, submitted.version(), "KGS",
                spent(blank, "1", "", "x"), Locale.ENGLISH)));
        assertThat(locked.violations().get(0).key()).isEqualTo("finreport.notEditable.SUBMITTED");
        assertThat(finance.call(() -> reports.queue(Locale.ENGLISH))).anySatisfy(w -> {
            assertThat(w.grantId()).isEqualTo(grant);
            assertThat(w.total()).isEqualTo(staffUsd);
            assertThat(w.partnerCode()).isEqualTo("KG-02");
        });

        var noComment = catchThrowableOfType(InvalidInput.class, () -> finance.call(() -> reports.returnToPartner(grant, q4,
                submitted.version(), "  ", Locale.ENGLISH)));
        assertThat(noComment.violations().get(0).message(Locale.ENGLISH)).isEqualTo("Write what the partner should fix: the comment goes back with the report.");
        assertThat(noComment.violations().get(0).message(RU)).isEqualTo("Напишите, что партнёру нужно исправить: комментарий вернётся вместе с отчётом.");
        var returned = finance.call(() -> reports.returnToPartner(grant, q4, submitted.version(), "Attach the salary slips", Locale.ENGLISH));
        assertThat(returned.state()).isEqualTo(SubmissionState.RETURNED);
        officer.call(() -> reports.comment(grant, q4, "Slips attached", Locale.ENGLISH));
        var resubmitted = officer.call(() -> reports.submit(grant, q4, returned.version(), Locale.ENGLISH));
        assertThatThrownBy(() -> officer.call(() -> reports.approve(grant, q4, resubmitted.version(), null, Locale.ENGLISH)))
                .as("a partner officer never approves").isInstanceOf(EJBAccessException.class);
        assertThat(tranche(grant, tranche).state()).isEqualTo(TrancheState.PLANNED);

        var approved = finance.call(() -> reports.approve(grant, q4, resubmitted.version(), null, Locale.ENGLISH));
        assertThat(approved.state()).isEqualTo(SubmissionState.APPROVED);
        assertThat(approved.history().moves()).extracting(m -> m.from() + ">" + m.to() + " " + m.by()).containsExactly(
                "DRAFT>SUBMITTED " + IdentitiesForTests.PARTNER_KG_NAME, "SUBMITTED>RETURNED " + AsNamedFinanceReviewer.FULL_NAME,
                "RETURNED>SUBMITTED " + IdentitiesForTests.PARTNER_KG_NAME, "SUBMITTED>APPROVED " + AsNamedFinanceReviewer.FULL_NAME);
        assertThat(approved.history().moves().get(1).comment()).isEqualTo("Attach the salary slips");
        assertThat(approved.history().comments()).extracting(c -> c.text()).containsExactly("Slips attached");
        assertThat(tranche(grant, tranche).state()).as("approval releases the tranche").isEqualTo(TrancheState.RELEASED);
        List<Object[]> audit = tx.call(em -> em.createNativeQuery("SELECT changed_by, reason FROM tranche_transition WHERE tranche_id = ?1")
                .setParameter(1, tranche).getResultList());
        assertThat(audit).singleElement().satisfies(row -> {
            assertThat(row[0]).isEqualTo(AsNamedFinanceReviewer.USERNAME);
            assertThat((String) row[1]).contains("financial report", fixtures.referenceOf(grant), "2026-Q4", "approved");
        });
        assertThat(finance.call(() -> reports.queue(Locale.ENGLISH))).noneMatch(w -> w.grantId() == grant);

        // editing the rate after approval changes nothing of the report
        tx.call(em -> em.createNativeQuery("UPDATE exchange_rate SET rate = rate * 2 WHERE from_currency = 'KGS' AND to_currency = 'USD' "
                + "AND rate_month = '2026-12-01'").executeUpdate());
        try {
            var after = finance.call(() -> reports.view(grant, q4, Locale.ENGLISH));
            assertThat(after.lines().get(0).figures().thisQuarter()).isEqualTo(staffUsd);
            assertThat(after.total()).isEqualTo(approved.total());
            assertThat(after.rates()).isEqualTo(approved.rates());
        } finally {
            tx.call(em -> em.createNativeQuery("UPDATE exchange_rate SET rate = ?1 WHERE from_currency = 'KGS' AND to_currency = 'USD' "
                    + "AND rate_month = '2026-12-01'").setParameter(1, rate).executeUpdate());
        }
    }

    @Test
    void fifoConvertsASpendThatSpansTwoDisbursementsAtEachOnesRateAndTheCashPositionIsReceivedLessSpent() {
        long grant = grant(ExchangeRatePolicy.FIFO, "2000.00", "300.00");
        long tranche = plannedTranche(grant, "2300", null);
        finance.run(() -> disbursements.release(tranche, tranche(grant, tranche).version(), null));
        finance.call(() -> disbursements.record(tranche, LocalDate.of(2026, 10, 5), new BigDecimal("100000"), "KGS", "0.011"));
        finance.call(() -> disbursements.record(tranche, LocalDate.of(2026, 11, 5), new BigDecimal("100000"), "KGS", "0.012"));

        var blank = view(grant);
        var saved = officer.call(() -> reports.save(grant, q4, 0, "KGS", spent(blank, "150000", "20000", "Fewer trips"), Locale.ENGLISH));
        assertThat(saved.rates()).extracting(r -> r.position() + " " + r.original() + " at " + r.rate().stripTrailingZeros().toPlainString()
                + " = " + r.converted() + " (" + r.basis() + ")").containsExactly(
                "1 KGS 100000.00 at 0.011 = USD 1100.00 (DISBURSEMENT)",
                "1 KGS 50000.00 at 0.012 = USD 600.00 (DISBURSEMENT)",
                "2 KGS 20000.00 at 0.012 = USD 240.00 (DISBURSEMENT)");
        assertThat(saved.lines().get(0).figures().thisQuarter()).isEqualTo(Money.of("1700.00", "USD"));
        assertThat(saved.total().cumulative()).isEqualTo(Money.of("1940.00", "USD"));
        assertThat(saved.received()).isEqualTo(Money.of("2300.00", "USD"));
        assertThat(saved.cashPosition()).isEqualTo(Money.of("360.00", "USD"));
        assertThat(saved.total().remaining()).isEqualTo(Money.of("360.00", "USD"));
        assertThat(saved.lines().get(0).figures().variance()).isEqualTo(Money.of("-300.00", "USD"));
        assertThat(saved.lines().get(0).figures().variancePercent()).isEqualByComparingTo("-15.00");
        assertThat(saved.total().burnRate()).isEqualTo(Money.of("161.67", "USD"));
        List<Object[]> stored = tx.call(em -> em.createNativeQuery("SELECT p.rate, p.reference FROM financial_report_line_part p "
                + "JOIN financial_report_line l ON l.id = p.report_line_id JOIN financial_report r ON r.id = l.financial_report_id "
                + "WHERE r.grant_id = ?1 ORDER BY l.position, p.position").setParameter(1, grant).getResultList());
        assertThat(stored).extracting(row -> ((BigDecimal) row[0]).stripTrailingZeros().toPlainString())
                .as("the rates are stored with the report").containsExactly("0.011", "0.012", "0.012");
    }

    @Test
    void aLineBeyondTheThresholdNeedsAJustificationOnSubmitAndTheRefusalNamesIt() {
        long grant = grant(ExchangeRatePolicy.MONTHLY, "1000.00", "500.00");
        var blank = view(grant);
        var saved = officer.call(() -> reports.save(grant, q4, 0, "USD", spent(blank, "", "500", null), Locale.ENGLISH));
        var refused = catchThrowableOfType(InvalidInput.class, () -> officer.call(() -> reports.submit(grant, q4, saved.version(), Locale.ENGLISH)));
        assertThat(refused.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("justification.1");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("Line 1 (Staff) is -100.00 % off its budget to date, more than the grant's "
                    + "threshold of 10.00 %: explain the variance in its justification.");
            assertThat(v.message(RU)).startsWith("Строка 1 (Staff) отклоняется от бюджета на дату на -100.00 %");
        });
        assertThat(view(grant).state()).as("not submitted").isEqualTo(SubmissionState.DRAFT);
        var justified = officer.call(() -> reports.save(grant, q4, saved.version(), "USD",
                List.of(new ExpenditureInput(blank.lines().get(0).budgetLineId(), "", null, "The lawyer starts in January"),
                        new ExpenditureInput(blank.lines().get(1).budgetLineId(), "500", null, null)), Locale.ENGLISH));
        assertThat(officer.call(() -> reports.submit(grant, q4, justified.version(), Locale.ENGLISH)).state()).isEqualTo(SubmissionState.SUBMITTED);
    }

    @Test
    void badInputIsRefusedFieldByFieldInEnglishAndRussianAndNothingIsSaved() {
        long grant = grant(ExchangeRatePolicy.MONTHLY, "1000.00", "500.00");
        var blank = view(grant);
        var refused = catchThrowableOfType(InvalidInput.class, () -> officer.call(() -> reports.save(grant, q4, 0, "XYZ",
                spent(blank, "-5", "12,5.0", null), Locale.ENGLISH)));
        assertThat(refused.violations()).extracting(InvalidInput.Violation::field).containsExactly("currency", "amount.1", "amount.2");
        assertThat(refused.violations().get(0).message(Locale.ENGLISH)).startsWith("\"XYZ\" is not a currency camove accepts.");
        assertThat(refused.violations().get(1).message(Locale.ENGLISH)).isEqualTo("Line 1 (Staff): the amount spent cannot be negative.");
        assertThat(refused.violations().get(1).message(RU)).isEqualTo("Строка 1 (Staff): израсходованная сумма не может быть отрицательной.");
        assertThat(refused.violations().get(2).message(Locale.ENGLISH)).startsWith("Line 2: \"12,5.0\" is not an amount.");

        var missing = catchThrowableOfType(InvalidInput.class, () -> officer.call(() -> reports.save(grant, q4, 0, "SEK",
                spent(blank, "100", "", "x"), Locale.ENGLISH)));
        assertThat(missing.violations().get(0).message(Locale.ENGLISH))
                .isEqualTo("There is no SEK → USD exchange rate for 2026-12. A finance reviewer must add it to the rate table first.");
        assertThat(missing.violations().get(0).message(RU)).startsWith("Нет курса SEK → USD за 2026-12.");
        assertThat(view(grant).started()).as("nothing saved").isFalse();
        assertThat(fixtures.count("SELECT COUNT(*) FROM financial_report WHERE grant_id = ?1", grant)).isZero();
    }

    @Test
    void anotherPartnersOfficerIsRefusedAsIfTheGrantDidNotExistAndTheAttemptIsLogged() {
        long grant = grant(ExchangeRatePolicy.MONTHLY, "1000.00", "500.00");
        var blank = view(grant);
        officer.call(() -> reports.save(grant, q4, 0, "KGS", spent(blank, "1000", "", "x"), Locale.ENGLISH));
        try (var log = CapturedLog.of(GrantAccess.class)) {
            var seen = catchThrowableOfType(InvalidInput.class, () -> otherOfficer.call(() -> reports.view(grant, q4, Locale.ENGLISH)));
            assertThat(seen.violations().get(0).key()).isEqualTo("grant.notFound");
            var saved = catchThrowableOfType(InvalidInput.class, () -> otherOfficer.call(() -> reports.save(grant, q4, 1, "KGS",
                    spent(blank, "1", "", "x"), Locale.ENGLISH)));
            assertThat(saved.violations().get(0).message(Locale.ENGLISH)).isEqualTo("There is no such grant, or it is not yours to see.");
            var commented = catchThrowableOfType(InvalidInput.class, () -> otherOfficer.call(() -> reports.comment(grant, q4, "hi", Locale.ENGLISH)));
            assertThat(commented.violations().get(0).key()).isEqualTo("grant.notFound");
            var unknown = catchThrowableOfType(InvalidInput.class, () -> otherOfficer.call(() -> reports.view(Long.MAX_VALUE, q4, Locale.ENGLISH)));
            assertThat(unknown.violations().get(0).message(Locale.ENGLISH)).as("the same answer as for a grant that does not exist")
                    .isEqualTo(saved.violations().get(0).message(Locale.ENGLISH));
            assertThat(log.messages()).anyMatch(m -> m.contains(IdentitiesForTests.PARTNER_KG5) && m.contains(String.valueOf(grant)));
        }
        assertThat(otherOfficer.call(() -> reports.mine())).noneMatch(m -> m.grantId() == grant);
        assertThat(officer.call(() -> reports.mine())).anyMatch(m -> m.grantId() == grant && m.state() == SubmissionState.DRAFT);
        assertThat(view(grant).lines().get(0).spent()).isEqualTo(Money.of("1000.00", "KGS"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM financial_report_comment c JOIN financial_report r ON r.id = c.financial_report_id "
                + "WHERE r.grant_id = ?1", grant)).isZero();
    }

    @Test
    void receiptsFollowTheEvidenceUploadRulesAndOnlyThoseWhoMaySeeTheReportDownloadThem() {
        long grant = grant(ExchangeRatePolicy.MONTHLY, "1000.00", "500.00");
        var blank = view(grant);
        var notStarted = catchThrowableOfType(InvalidInput.class, () -> officer.call(() -> receipts.attach(grant, q4, "receipt.pdf",
                new ByteArrayInputStream(MinimalPdf.bytes()))));
        assertThat(notStarted.violations().get(0).key()).isEqualTo("finreport.notStarted");
        var saved = officer.call(() -> reports.save(grant, q4, 0, "USD", spent(blank, "1000", "500", null), Locale.ENGLISH));
        byte[] pdf = MinimalPdf.bytes();
        var receipt = officer.call(() -> receipts.attach(grant, q4, "C:\\scans\\Чек аренды.pdf", new ByteArrayInputStream(pdf)));
        assertThat(receipt.name()).isEqualTo("Чек аренды.pdf");
        assertThat(receipt.mediaType()).isEqualTo("application/pdf");
        var disguised = catchThrowableOfType(InvalidInput.class, () -> officer.call(() -> receipts.attach(grant, q4, "receipt.pdf",
                new ByteArrayInputStream("<html><body>not a receipt</body></html>".getBytes(StandardCharsets.UTF_8)))));
        assertThat(disguised.violations().get(0).message(Locale.ENGLISH)).startsWith("receipt.pdf is not what its name says");
        assertThat(disguised.violations().get(0).message(RU)).startsWith("Файл receipt.pdf не соответствует своему названию");
        assertThat(view(grant).receipts()).extracting(r -> r.name()).containsExactly("Чек аренды.pdf");

        assertThat(read(finance.call(() -> receipts.download(receipt.id())).orElseThrow())).isEqualTo(pdf);
        try (var log = CapturedLog.of(GrantAccess.class)) {
            var refused = catchThrowableOfType(InvalidInput.class, () -> otherOfficer.call(() -> receipts.download(receipt.id())));
            assertThat(refused.violations().get(0).key()).isEqualTo("grant.notFound");
            var listed = catchThrowableOfType(InvalidInput.class, () -> otherOfficer.call(() -> receipts.list(grant, q4)));
            assertThat(listed.violations().get(0).key()).isEqualTo("grant.notFound");
            assertThat(log.messages()).hasSize(2);
        }
        var deletedByOther = catchThrowableOfType(InvalidInput.class, () -> otherOfficer.call(() -> {
            receipts.delete(grant, q4, receipt.id());
            return null;
        }));
        assertThat(deletedByOther.violations().get(0).key()).isEqualTo("grant.notFound");
        var copy = officer.call(() -> receipts.attach(grant, q4, "copy.pdf", new ByteArrayInputStream(pdf)));
        officer.call(() -> {
            receipts.delete(grant, q4, copy.id());
            return null;
        });
        assertThat(view(grant).receipts()).extracting(r -> r.name()).containsExactly("Чек аренды.pdf");

        officer.call(() -> reports.submit(grant, q4, saved.version(), Locale.ENGLISH));
        var afterSubmit = catchThrowableOfType(InvalidInput.class, () -> officer.call(() -> receipts.attach(grant, q4, "more.pdf",
                new ByteArrayInputStream(pdf))));
        assertThat(afterSubmit.violations().get(0).key()).isEqualTo("finreport.notEditable.SUBMITTED");
        assertThat(fixtures.count("SELECT COUNT(*) FROM financial_report_receipt r JOIN financial_report f ON f.id = r.financial_report_id "
                + "WHERE f.grant_id = ?1", grant)).isEqualTo(1);
    }

    @Test
    void aDoubleSubmitAtOnceMakesOneMoveAndOfTwoFirstSavesAtOnceOneIsKeptTheOtherToldOfTheConflict() throws Exception {
        long grant = grant(ExchangeRatePolicy.MONTHLY, "1000.00", "500.00");
        var blank = view(grant);
        var saves = atOnce(() -> officer.call(() -> reports.save(grant, q4, 0, "USD", spent(blank, "1000", "500", null), Locale.ENGLISH)),
                () -> officer.call(() -> reports.save(grant, q4, 0, "USD", spent(blank, "990", "510", null), Locale.ENGLISH)));
        var kept = saves.stream().filter(FinancialReportView.class::isInstance).map(FinancialReportView.class::cast).toList();
        assertThat(kept).hasSize(1);
        assertThat(saves).filteredOn(EditConflict.class::isInstance).hasSize(1);
        assertThat(view(grant).lines().get(0).spent()).as("the save that won, whole").isEqualTo(kept.get(0).lines().get(0).spent());

        long seen = view(grant).version();
        var submits = atOnce(() -> officer.call(() -> reports.submit(grant, q4, seen, Locale.ENGLISH)),
                () -> officer.call(() -> reports.submit(grant, q4, seen, Locale.ENGLISH)));
        assertThat(submits).filteredOn(FinancialReportView.class::isInstance).hasSize(1);
        assertThat(submits).filteredOn(EditConflict.class::isInstance).singleElement().satisfies(c -> assertThat(((EditConflict) c)
                .message(Locale.ENGLISH)).startsWith("The financial report " + fixtures.referenceOf(grant) + ", 2026-Q4 was changed by"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM financial_report_transition t JOIN financial_report r ON r.id = t.financial_report_id "
                + "WHERE r.grant_id = ?1", grant)).isEqualTo(1);

        long q4of2025 = fixtures.count("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2025 AND quarter = 4");
        var outside = catchThrowableOfType(InvalidInput.class, () -> officer.call(() -> reports.view(grant, q4of2025, Locale.ENGLISH)));
        assertThat(outside.violations().get(0).key()).as("a quarter before the grant began").isEqualTo("period.gone");
    }

    /** Runs both at the same moment in two threads; answers what each returned or the conflict it was refused with. */
    @SafeVarargs
    private static List<Object> atOnce(Supplier<Object>... calls) throws Exception {
        var pool = Executors.newFixedThreadPool(calls.length);
        var start = new CountDownLatch(1);
        try {
            List<Future<Object>> running = new ArrayList<>();
            for (var call : calls) {
                running.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.get();
                    } catch (EditConflict conflict) {
                        return conflict;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (var call : running) {
                outcomes.add(call.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDemoReportsStoreTheConversionCamoveComputesFromTheDemoRatesAndTheirApprovalReleasedTheTranche() {
        long fifoGrant = fixtures.count("SELECT id FROM grant_award WHERE reference = 'CAOTM-G-2025-01'");
        List<Object[]> stored = tx.call(em -> em.createNativeQuery("SELECT p.year, p.quarter, l.amount, l.converted_amount FROM financial_report_line l "
                + "JOIN financial_report r ON r.id = l.financial_report_id JOIN reporting_period p ON p.id = r.reporting_period_id "
                + "WHERE r.grant_id = ?1 AND r.state = 'APPROVED' AND l.amount > 0 ORDER BY p.year, p.quarter, l.position")
                .setParameter(1, fifoGrant).getResultList());
        assertThat(stored).hasSizeGreaterThanOrEqualTo(16);
        var spends = stored.stream().map(row -> new Spend(Quarter.of(
                ((Number) row[0]).intValue(), ((Number) row[1]).intValue()).lastDay(), Money.of((BigDecimal) row[2], Currency.getInstance("KGS"))))
                .toList();
        var recomputed = finance.call(() -> grants.convert(fifoGrant, spends));
        assertThat(recomputed).extracting(c -> c.converted().amount())
                .usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(stored.stream().map(row -> (BigDecimal) row[3]).toList());

        long q4of2025 = fixtures.count("SELECT id FROM reporting_period WHERE programme_id = 1 AND year = 2025 AND quarter = 4");
        var q4Report = finance.call(() -> reports.view(fifoGrant, q4of2025, Locale.ENGLISH));
        assertThat(q4Report.state()).isEqualTo(SubmissionState.APPROVED);
        assertThat(q4Report.total().cumulative()).as("four quarters approved").isEqualTo(Money.sum(Currency.getInstance("USD"),
                recomputed.stream().map(c -> c.converted()).toList()));
        assertThat(q4Report.cashPosition()).isEqualTo(q4Report.received().minus(q4Report.total().cumulative()));
        assertThat(q4Report.tranches()).singleElement().satisfies(t -> assertThat(t.state()).isEqualTo(TrancheState.RELEASED));
    }

    private static byte[] read(EvidenceDownload file) {
        try (InputStream in = file.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
