package fr.coopdec.atlas.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Draws items with probabilities proportional to their weights (cumulative sums, binary search). */
final class WeightedPick<T> {

    private final List<T> items = new ArrayList<>();
    private double[] cumulative = new double[16];
    private double total;

    WeightedPick<T> add(T item, double weight) {
        if (weight <= 0) {
            return this;
        }
        if (items.size() == cumulative.length) {
            cumulative = Arrays.copyOf(cumulative, cumulative.length * 2);
        }
        total += weight;
        cumulative[items.size()] = total;
        items.add(item);
        return this;
    }

    T pick(Random random) {
        double target = random.nextDouble() * total;
        int index = Arrays.binarySearch(cumulative, 0, items.size(), target);
        return items.get(Math.min(index < 0 ? -index - 1 : index, items.size() - 1));
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    int size() {
        return items.size();
    }
}
