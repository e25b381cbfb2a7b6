package org.camove.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.camove.finance.GrantFinancialDocuments;
import org.camove.grants.GrantAccess;
import org.camove.shared.InvalidInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, as the named test identities: the demo grant CAOTM-G-2025-01 (KG-02) prints for KG-02's officer,
 * and another partner's officer (KG-05) is refused as if it did not exist, the attempt logged. The figures are
 * checked over HTTP by {@link GrantFinancialReportIT}.
 */
@ExtendWith(ArquillianExtension.class)
class GrantFinancialDocumentsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.servicesTest(GrantFinancialDocumentsIT.class).addClasses(AsNamedPartnerOfficer.class,
                AsOtherPartnerOfficer.class, IdentitiesForTests.class, CapturedLog.class);
    }

    @EJB
    private Transactions tx;

    @EJB
    private AsNamedPartnerOfficer officer;

    @EJB
    private AsOtherPartnerOfficer otherOfficer;

    @EJB
    private GrantFinancialDocuments documents;

    private long grant;

    @BeforeEach
    void identities() {
        IdentitiesForTests.create(tx);
        grant = tx.call(em -> ((Number) em.createNativeQuery("SELECT id FROM grant_award WHERE reference = 'CAOTM-G-2025-01'")
                .getSingleResult()).longValue());
    }

    @Test
    void theGrantsOwnOfficerGetsItAndAnotherPartnersIsRefusedAsNotFoundAndLogged() {
        byte[] own = officer.call(() -> documents.pdf(grant, null, Locale.ENGLISH, LocalDate.now()));
        assertThat(new String(Arrays.copyOf(own, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        try (var log = CapturedLog.of(GrantAccess.class)) {
            var refused = catchThrowableOfType(InvalidInput.class,
                    () -> otherOfficer.call(() -> documents.xlsx(grant, null, Locale.forLanguageTag("ru"), LocalDate.now())));
            assertThat(refused.violations().get(0).key()).isEqualTo("grant.notFound");
            assertThat(log.messages()).anyMatch(m -> m.contains(IdentitiesForTests.PARTNER_KG5) && m.contains(String.valueOf(grant)));
        }
    }
}
