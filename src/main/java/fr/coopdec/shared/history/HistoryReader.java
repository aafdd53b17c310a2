package fr.coopdec.shared.history;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.NullValueInNestedPathException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads an audited entity's history, newest first, and names the fields each revision changed. */
@Component
public class HistoryReader {

    private final EntityManager entityManager;

    HistoryReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param fields the properties worth comparing between revisions (simple values, not collections)
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Class<?> entityClass, long id, List<String> fields) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(entityClass, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object state = row[0];
            Revision revision = (Revision) row[1];
            RevisionType type = (RevisionType) row[2];
            entries.add(new HistoryEntry(
                    revision.getId(),
                    revision.getInstant(),
                    revision.getUsername(),
                    kind(type),
                    type == RevisionType.MOD ? changed(previous, state, fields) : List.of()));
            previous = state;
        }
        Collections.reverse(entries);
        return entries;
    }

    /**
     * The revisions in which a child entity of the given parent changed (created, changed, deleted),
     * e.g. the projects of a partnership: {@code childClass} must be audited with its link to the parent.
     */
    @Transactional(readOnly = true)
    public java.util.Set<Long> childRevisions(Class<?> childClass, String parentProperty, long parentId) {
        List<?> revisions = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(childClass, false, true)
                .add(AuditEntity.relatedId(parentProperty).eq(parentId))
                .addProjection(AuditEntity.revisionNumber().distinct())
                .getResultList();
        java.util.Set<Long> result = new java.util.HashSet<>();
        revisions.forEach(r -> result.add(((Number) r).longValue()));
        return result;
    }

    private static HistoryEntry.Kind kind(RevisionType type) {
        return switch (type) {
            case ADD -> HistoryEntry.Kind.CREATION;
            case MOD -> HistoryEntry.Kind.MODIFICATION;
            case DEL -> HistoryEntry.Kind.SUPPRESSION;
        };
    }

    private static List<String> changed(Object before, Object after, List<String> fields) {
        if (before == null || after == null) {
            return List.of();
        }
        List<String> changed = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(read(before, field), read(after, field))) {
                changed.add(field);
            }
        }
        return changed;
    }

    private static Object read(Object bean, String property) {
        try {
            return new BeanWrapperImpl(bean).getPropertyValue(property);
        } catch (NullValueInNestedPathException e) {
            return null; // an embedded value whose columns are all empty is loaded as null
        }
    }
}
