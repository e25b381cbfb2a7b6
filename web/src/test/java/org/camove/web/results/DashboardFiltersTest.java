package org.camove.web.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.camove.indicators.ProgrammePartner;
import org.camove.indicators.aggregation.Quarter;
import org.camove.shared.InvalidInput;
import org.camove.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class DashboardFiltersTest {

    private final DashboardFilters filters = new DashboardFilters();

    DashboardFiltersTest() {
        filters.offer(List.of(partner(1, "KG-01", "KG"), partner(2, "KG-02", "KG"), partner(3, "TJ-01", "TJ")),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    }

    @Test
    void offersTheProgrammesQuartersTheVisiblePartnersCountriesAndTheirPartners() {
        assertThat(filters.getQuarters()).containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
        assertThat(filters.getCountries()).containsExactly("KG", "TJ");
        assertThat(filters.getPartnerChoices()).hasSize(3);
        filters.setCountry("TJ");
        assertThat(filters.getPartnerChoices()).extracting(ProgrammePartner::code).containsExactly("TJ-01");
    }

    @Test
    void aPartnerOutsideANewlyChosenCountryIsDropped() {
        filters.setPartner("KG-02");
        filters.setCountry("KG");
        filters.countryChanged();
        assertThat(filters.getPartner()).isEqualTo("KG-02");
        filters.setCountry("TJ");
        filters.countryChanged();
        assertThat(filters.getPartner()).isNull();
    }

    @Test
    void theQueryCarriesOnlyTheFiltersThatAreSetEncoded() {
        assertThat(filters.getQuery()).isEmpty();
        assertThat(filters.isFiltered()).isFalse();
        filters.setCountry("KG");
        filters.setTo("2025-Q3");
        filters.setPending(true);
        filters.setPartner("A&B=C");
        assertThat(filters.getQuery()).isEqualTo("&country=KG&partner=A%26B%3DC&to=2025-Q3&pending=true");
    }

    @Test
    void pendingValuesCountOnlyForThoseWhoMaySeeThem() {
        filters.setPending(true);
        filters.setFrom("2025-Q2");
        assertThat(filters.filter(true).includePending()).isTrue();
        assertThat(filters.filter(false).includePending()).isFalse();
        assertThat(filters.filter(false).from()).isEqualTo(Quarter.parse("2025-Q2"));
        filters.setTo("last year");
        assertThatThrownBy(() -> filters.filter(true)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.violations().get(0).field()).isEqualTo("to"));
    }

    private static ProgrammePartner partner(long id, String code, String country) {
        return new ProgrammePartner(id, code, LocalizedText.of(code + " centre", null), country);
    }
}
