package fr.coopdec.security;

import fr.coopdec.shared.AbstractEntity;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** DAECT's management of accounts: create, change role and scope, disable, reset a password. */
@Service
@RolesAllowed(Roles.ADMIN)
public class UtilisateurService {

    private final UtilisateurRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UtilisateurService(UtilisateurRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Utilisateur> find(UtilisateurFilter filter, Pageable pageable) {
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : "%" + filter.text().trim().toLowerCase(Locale.ROOT) + "%";
        return repository.search(text, filter.role(), pageable);
    }

    @Transactional(readOnly = true)
    public Optional<Utilisateur> findById(long id) {
        return repository.findById(id);
    }

    /** Creates an account; the e-mail must be new and the password follow {@link PasswordPolicy}. */
    @Transactional
    public Utilisateur create(Utilisateur user, String password) {
        PasswordPolicy.check(password);
        if (repository.existsByEmailIgnoreCase(user.getEmail())) {
            throw new BusinessException("security.user.email.duplicate", user.getEmail());
        }
        checkScope(user);
        user.setPasswordHash(passwordEncoder.encode(password));
        return repository.save(user);
    }

    /**
     * Saves changes to an existing account. The entity carries the version the editor read: if someone
     * saved in between, the save fails with an optimistic-locking error instead of overwriting.
     */
    @Transactional
    public Utilisateur update(Utilisateur user) {
        if (user.isNew()) {
            throw new IllegalArgumentException("Use create() for a new user");
        }
        repository
                .findByEmailIgnoreCase(user.getEmail())
                .filter(other -> !other.getId().equals(user.getId()))
                .ifPresent(other -> {
                    throw new BusinessException("security.user.email.duplicate", user.getEmail());
                });
        checkScope(user);
        repository
                .findById(user.getId())
                .filter(stored -> accessChanged(stored, user))
                .ifPresent(stored -> user.endSessions());
        return repository.save(user);
    }

    /** Role, scope or enabled flag differ: the account's open sessions must end. */
    private static boolean accessChanged(Utilisateur stored, Utilisateur edited) {
        return stored.getRole() != edited.getRole()
                || stored.isEnabled() != edited.isEnabled()
                || !Objects.equals(idOf(stored.getPays()), idOf(edited.getPays()))
                || !Objects.equals(idOf(stored.getCollectiviteFrancaise()), idOf(edited.getCollectiviteFrancaise()))
                || !Objects.equals(idOf(stored.getCollectivitePartenaire()), idOf(edited.getCollectivitePartenaire()));
    }

    private static Long idOf(AbstractEntity entity) {
        return entity == null ? null : entity.getId();
    }

    @Transactional
    public void resetPassword(long userId, String newPassword) {
        PasswordPolicy.check(newPassword);
        Utilisateur user =
                repository.findById(userId).orElseThrow(() -> new BusinessException("security.user.not-found"));
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.unlock();
        user.endSessions();
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        Utilisateur user =
                repository.findById(userId).orElseThrow(() -> new BusinessException("security.user.not-found"));
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            user.endSessions();
        }
    }

    @Transactional
    public void unlock(long userId) {
        repository.findById(userId).ifPresent(Utilisateur::unlock);
    }

    public boolean isLocked(Utilisateur user) {
        return user.isLockedAt(clock.instant());
    }

    private static void checkScope(Utilisateur user) {
        user.normaliseScope();
        if (user.getRole() == Role.POSTE && user.getPays() == null) {
            throw new BusinessException("security.user.scope.pays-required");
        }
        if (user.getRole() == Role.COLLECTIVITE
                && user.getCollectiviteFrancaise() == null
                && user.getCollectivitePartenaire() == null) {
            throw new BusinessException("security.user.scope.collectivite-required");
        }
        if (user.getCollectiviteFrancaise() != null && user.getCollectivitePartenaire() != null) {
            throw new BusinessException("security.user.scope.one-collectivite");
        }
    }
}
