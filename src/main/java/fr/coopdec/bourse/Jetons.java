package fr.coopdec.bourse;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable one-time tokens for the links of e-mails (256 random bits, URL-safe). */
final class Jetons {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Jetons() {}

    static String nouveau() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
