package org.camove.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.Locale;
import org.camove.organisations.Organisation;
import org.camove.organisations.OrganisationKind;
import org.camove.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private final Organisation partner = new Organisation("KG-02", OrganisationKind.PARTNER,
            LocalizedText.of("Bishkek Migrant Support Centre", "Бишкекский центр поддержки мигрантов"), "KG");

    @Test
    void remembersOnlyCamovesLanguages() {
        var officer = new UserAccount("aibek", "$2a$hash", "Aibek", partner, EnumSet.of(Role.PARTNER_OFFICER));
        assertThat(officer.locale()).isEqualTo(Locale.ENGLISH);

        officer.preferLanguage("ru");
        assertThat(officer.locale().getLanguage()).isEqualTo("ru");

        assertThatIllegalArgumentException().isThrownBy(() -> officer.preferLanguage("de"));
        assertThat(officer.locale().getLanguage()).isEqualTo("ru");
    }

    @Test
    void partnerOfficersAndDonorsBelongToAnOrganisation() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new UserAccount("x", "$2a$hash", "X", null, EnumSet.of(Role.PARTNER_OFFICER)));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new UserAccount("y", "$2a$hash", "Y", null, EnumSet.of(Role.DONOR)));
        assertThat(new UserAccount("z", "$2a$hash", "Z", null, EnumSet.of(Role.ADMIN)).getRoles())
                .containsExactly(Role.ADMIN);
    }
}
