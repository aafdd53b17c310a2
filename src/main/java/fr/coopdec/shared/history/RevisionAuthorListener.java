package fr.coopdec.shared.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Records who saved a revision: the signed-in user, or "system" for imports and demo data. */
public class RevisionAuthorListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        ((Revision) revision)
                .setUsername(
                        authentication == null || !authentication.isAuthenticated()
                                ? "system"
                                : authentication.getName());
    }
}
