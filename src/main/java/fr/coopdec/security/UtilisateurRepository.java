package fr.coopdec.security;

import fr.coopdec.shared.security.Role;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UtilisateurRepository extends JpaRepository<Utilisateur, Long> {

    Optional<Utilisateur> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    @Query("""
            select u from Utilisateur u
            where (:text is null or lower(u.email) like :text or lower(u.nom) like :text)
              and (:role is null or u.role = :role)
            """)
    Page<Utilisateur> search(@Param("text") String text, @Param("role") Role role, Pageable pageable);
}
