package org.camove.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void hashesAreSaltedBcryptInModularCryptFormThatVerify() {
        String first = PasswordHashing.hash("correct horse battery".toCharArray());
        String second = PasswordHashing.hash("correct horse battery".toCharArray());

        assertThat(first).startsWith("$2a$" + PasswordHashing.COST + "$").hasSize(60);
        assertThat(first).isNotEqualTo(second);
        assertThat(PasswordHashing.matches("correct horse battery".toCharArray(), first)).isTrue();
        assertThat(PasswordHashing.matches("correct horse battery".toCharArray(), second)).isTrue();
        assertThat(PasswordHashing.matches("Correct horse battery".toCharArray(), first)).isFalse();
    }

    @Test
    void theDemoHashVerifiesTheDocumentedDemoPassword() throws Exception {
        var demo = new String(getClass().getResourceAsStream("/db/demo/V2__demo_users.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        var hash = demo.replaceAll("(?s).*?'(\\$2a\\$[^']+)'.*", "$1");
        assertThat(PasswordHashing.matches("camove-demo".toCharArray(), hash)).isTrue();
    }

    @Test
    void shortPasswordsAndGarbageHashesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PasswordHashing.hash("short".toCharArray()));
        assertThat(PasswordHashing.matches("anything at all".toCharArray(), "not a hash")).isFalse();
    }
}
