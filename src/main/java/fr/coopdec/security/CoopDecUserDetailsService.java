package fr.coopdec.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CoopDecUserDetailsService implements UserDetailsService {

    private final UtilisateurRepository repository;
    private final Clock clock;

    CoopDecUserDetailsService(UtilisateurRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return repository
                .findByEmailIgnoreCase(email == null ? "" : email.trim())
                .map(user -> user.toCoopDecUser(user.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
