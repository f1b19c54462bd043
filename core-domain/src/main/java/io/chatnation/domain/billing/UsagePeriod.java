package io.chatnation.domain.billing;

import io.chatnation.domain.shared.InvalidInput;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Whole days, both ends included, counted in UTC; at most a year so a report stays one quick query. */
public record UsagePeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public UsagePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw InvalidInput.of("to", "must not be before 'from'");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidInput.of("to", "must be at most " + MAX_DAYS + " days after 'from'");
        }
    }

    /** The last {@code days} days up to and including {@code today}. */
    public static UsagePeriod lastDays(LocalDate today, int days) {
        return new UsagePeriod(today.minusDays(days - 1L), today);
    }
}
