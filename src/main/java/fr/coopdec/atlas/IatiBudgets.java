package fr.coopdec.atlas;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's budget as IATI wants it (rule 7.5.3: no budget period longer than one year): one period
 * per calendar year the project runs, the amount shared pro rata to the days of each period, the last
 * period taking the rounding remainder so that the periods add up to the budget exactly.
 */
final class IatiBudgets {

    record Period(LocalDate start, LocalDate end, BigDecimal amount) {}

    private IatiBudgets() {}

    static List<Period> yearly(LocalDate start, LocalDate end, BigDecimal total) {
        List<Period> periods = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        BigDecimal rest = total.setScale(2, RoundingMode.HALF_UP);
        for (LocalDate from = start; !from.isAfter(end); from = LocalDate.of(from.getYear() + 1, 1, 1)) {
            LocalDate to = from.getYear() == end.getYear() ? end : LocalDate.of(from.getYear(), 12, 31);
            BigDecimal amount = to.equals(end)
                    ? rest
                    : total.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1))
                            .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
            rest = rest.subtract(amount);
            periods.add(new Period(from, to, amount));
        }
        return periods;
    }
}
