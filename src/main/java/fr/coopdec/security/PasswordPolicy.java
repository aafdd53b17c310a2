package fr.coopdec.security;

import fr.coopdec.shared.BusinessException;

/** Long passwords beat complex ones (ANSSI and NIST guidance): only a minimum length is imposed. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 72; // bcrypt ignores what follows

    private PasswordPolicy() {}

    public static boolean isAcceptable(String password) {
        return password != null
                && password.length() >= MIN_LENGTH
                && password.length() <= MAX_LENGTH
                && !password.isBlank();
    }

    static void check(String password) {
        if (!isAcceptable(password)) {
            throw new BusinessException("security.password.policy", MIN_LENGTH, MAX_LENGTH);
        }
    }
}
