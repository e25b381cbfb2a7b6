package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.camove.logframe.Indicator;
import org.camove.logframe.LogframeLevel;
import org.camove.logframe.LogframeService;
import org.camove.logframe.LogframeView;
import org.camove.logframe.MeasureType;
import org.camove.logframe.Programme;
import org.camove.logframe.Result;
import org.camove.logframe.TimeAggregation;
import org.camove.shared.LocalizedText;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside WildFly: entities persisted and queried through EclipseLink against the real MySQL-compatible
 * database, on the schema and demo data Flyway put there.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(PersistenceIT.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsProgrammeManager asManager;

    @EJB
    private LogframeService logframes;

    @Test
    void eclipseLinkIsTheJpaProvider() {
        String provider = tx.call(em -> em.getDelegate().getClass().getName());
        assertThat(provider).startsWith("org.eclipse.persistence.");
    }

    @Test
    void flywayCreatedTheSchemaAndLoadedTheDemoProgramme() {
        List<Object[]> partnersByCountry = tx.call(em -> em.createQuery(
                "SELECT o.country, COUNT(o) FROM Organisation o WHERE o.kind = org.camove.organisations.OrganisationKind.PARTNER "
                        + "GROUP BY o.country ORDER BY o.country", Object[].class).getResultList());

        assertThat(partnersByCountry).extracting(row -> row[0]).containsExactly("KG", "KZ", "RU", "TJ");
        assertThat(partnersByCountry.stream().mapToLong(row -> (Long) row[1]).sum()).isGreaterThanOrEqualTo(25);
        String russianName = tx.call(em -> em.createQuery("SELECT p.name FROM Programme p WHERE p.code = 'CAOTM'",
                LocalizedText.class).getSingleResult().ru());
        assertThat(russianName).isEqualTo("Центральная Азия в движении");
    }

    @Test
    void aLogframeWithCyrillicTextAndDecimalsComesBackExactly() {
        String code = "IT-" + System.nanoTime();
        tx.call(em -> {
            var programme = new Programme(code, LocalizedText.of("Remittances study", "Исследование денежных переводов"),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            em.persist(programme);
            em.persist(new LogframeLevel(programme, 1, LocalizedText.of("Goal", "Цель")));
            em.persist(new LogframeLevel(programme, 2, LocalizedText.of("Outcome", "Итоговый результат")));
            // EclipseLink orders inserts by mapped relationships, and results refer to their level only
            // through the (programme_id, depth) foreign key: the levels must be written first
            em.flush();
            var goal = Result.top(programme, "G", LocalizedText.of("Better data on migration", "Лучшие данные о миграции"));
            em.persist(goal);
            // the second outcome is stored first: the logframe is ordered by position, not by insertion
            em.persist(goal.addChild("2", 2, LocalizedText.of("Flows measured", "Потоки мигрантов измерены")));
            var first = goal.addChild("1", 1, LocalizedText.of("Remittances measured", "Денежные переводы измерены"));
            em.persist(first);
            var share = new Indicator(first, "1.a", 1,
                    LocalizedText.of("Remittances as a share of GDP", "Доля денежных переводов в ВВП"),
                    LocalizedText.of("%", "%"), MeasureType.PERCENTAGE, TimeAggregation.LATEST);
            share.setBaselineAndTarget(new BigDecimal("23.5"), new BigDecimal("45.0001"));
            em.persist(share);
            return null;
        });

        LogframeView russian = asManager.call(() -> logframes.logframe(code, Locale.forLanguageTag("ru")).orElseThrow());

        assertThat(russian.programmeName()).isEqualTo("Исследование денежных переводов");
        var goal = russian.roots().get(0);
        assertThat(goal.levelName()).isEqualTo("Цель");
        assertThat(goal.children()).extracting(LogframeView.Node::code).containsExactly("1", "2");
        assertThat(goal.children().get(0).statement()).isEqualTo("Денежные переводы измерены");
        var indicator = goal.children().get(0).indicators().get(0);
        assertThat(indicator.name()).isEqualTo("Доля денежных переводов в ВВП");
        assertThat(indicator.baseline()).isEqualTo("23,5");
        assertThat(indicator.target()).isEqualTo("45,0001");
        BigDecimal stored = tx.call(em -> em.createQuery("SELECT i.lifeOfProgrammeTarget FROM Indicator i "
                + "WHERE i.code = '1.a' AND i.result.programme.code = :code", BigDecimal.class)
                .setParameter("code", code).getSingleResult());
        assertThat(stored).isEqualByComparingTo("45.0001");
    }

    @Test
    void theDemoLogframeTreeHoldsEveryResultAndIndicatorOnce() {
        long results = tx.call(em -> em.createQuery("SELECT COUNT(r) FROM Result r WHERE r.programme.code = 'CAOTM'", Long.class)
                .getSingleResult());
        long indicators = tx.call(em -> em.createQuery(
                "SELECT COUNT(i) FROM Indicator i WHERE i.result.programme.code = 'CAOTM'", Long.class).getSingleResult());

        LogframeView view = asManager.call(() -> logframes.logframe("CAOTM", Locale.ENGLISH).orElseThrow());

        assertThat(view.roots()).hasSize(1);
        assertThat(view.resultCount()).isEqualTo(results).isGreaterThanOrEqualTo(1 + 3);
        assertThat(view.indicatorCount()).isEqualTo(indicators);
        assertThat(view.resultsInOrder()).extracting(LogframeView.Node::code).doesNotHaveDuplicates();
        view.resultsInOrder().forEach(node -> node.children().forEach(child ->
                assertThat(child.depth()).isEqualTo(node.depth() + 1)));
    }

    @Test
    void aSecondSaveFromAStaleCopyIsRefusedAndTheFirstIsKept() {
        String code = "LOCK-" + System.nanoTime();
        tx.call(em -> {
            em.persist(new Programme(code, LocalizedText.of("Original", "Исходное"),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
            return null;
        });
        Programme first = tx.call(em -> byCode(em, code));
        Programme second = tx.call(em -> byCode(em, code));

        first.rename(LocalizedText.of("Renamed by the first manager", "Переименовано первым"));
        tx.call(em -> em.merge(first));
        second.rename(LocalizedText.of("Renamed by the second manager", "Переименовано вторым"));

        assertThatThrownBy(() -> tx.call(em -> {
            em.merge(second);
            em.flush();
            return null;
        })).satisfies(refused -> assertThat(causes(refused)).hasAtLeastOneElementOfType(OptimisticLockException.class));
        Programme kept = tx.call(em -> byCode(em, code));
        assertThat(kept.getName().en()).isEqualTo("Renamed by the first manager");
    }

    @Test
    void theLogframeIsNotGivenToAnAnonymousCaller() {
        assertThatThrownBy(() -> logframes.logframe("CAOTM", Locale.ENGLISH)).isInstanceOf(EJBAccessException.class);
    }

    private static List<Throwable> causes(Throwable thrown) {
        var chain = new java.util.ArrayList<Throwable>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static Programme byCode(jakarta.persistence.EntityManager em, String code) {
        return em.createQuery("SELECT p FROM Programme p WHERE p.code = :code", Programme.class)
                .setParameter("code", code).getSingleResult();
    }
}
