package fr.coopdec.bourse;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A small set of choices stored as "A,B" in one column: no join table for five checkboxes. */
abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    EnumSetConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        return values == null || values.isEmpty()
                ? null
                : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(s -> Enum.valueOf(type, s.trim()))
                    .forEach(set::add);
        }
        return set;
    }

    @jakarta.persistence.Converter
    static class Situations extends EnumSetConverter<Situation> {
        Situations() {
            super(Situation.class);
        }
    }

    @jakarta.persistence.Converter
    static class Acteurs extends EnumSetConverter<ActeurEtranger> {
        Acteurs() {
            super(ActeurEtranger.class);
        }
    }

    @jakarta.persistence.Converter
    static class Zones extends EnumSetConverter<fr.coopdec.referential.ZoneMonde> {
        Zones() {
            super(fr.coopdec.referential.ZoneMonde.class);
        }
    }
}
