package fr.coopdec.bourse;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A list the user has not sorted gets an order that means something (newest or oldest first). */
final class Tri {

    private Tri() {}

    static Pageable parDefaut(Pageable pageable, Sort sort) {
        return pageable.isPaged() && pageable.getSort().isUnsorted()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : pageable;
    }
}
