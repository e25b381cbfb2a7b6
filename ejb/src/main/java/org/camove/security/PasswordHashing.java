package org.camove.security;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * bcrypt hashes in the modular crypt form ({@code $2a$12$...}) that the server's Elytron JDBC realm
 * verifies at login. Made with Elytron itself so camove and the realm can never disagree.
 */
public final class PasswordHashing {

    /** bcrypt cost: 2^12 rounds, about a quarter of a second on the server; raise it as hardware gets faster. */
    static final int COST = 12;
    static final int MINIMUM_LENGTH = 10;

    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashing() {
    }

    public static String hash(char[] password) {
        if (password.length < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MINIMUM_LENGTH + " characters");
        }
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            var factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            var spec = new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt));
            return ModularCrypt.encodeAsString(factory.generatePassword(spec));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    public static boolean matches(char[] password, String hash) {
        try {
            var factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            return factory.verify(factory.translate(ModularCrypt.decode(hash)), password);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
