package fr.coopdec.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** The password rule alone: no Spring, no database. */
class PasswordPolicyUnitTest {

    @Test
    void length_between_12_and_72_characters_is_the_only_rule() {
        assertThat(PasswordPolicy.isAcceptable("a".repeat(11))).isFalse();
        assertThat(PasswordPolicy.isAcceptable("a".repeat(12))).isTrue();
        assertThat(PasswordPolicy.isAcceptable("a".repeat(72))).isTrue();
        assertThat(PasswordPolicy.isAcceptable("a".repeat(73))).isFalse();
    }

    @Test
    void blank_or_missing_passwords_are_refused_with_the_policy_message() {
        assertThat(PasswordPolicy.isAcceptable(null)).isFalse();
        assertThat(PasswordPolicy.isAcceptable(" ".repeat(20))).isFalse();
        assertThatThrownBy(() -> PasswordPolicy.check("court"))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("security.password.policy");
    }
}
