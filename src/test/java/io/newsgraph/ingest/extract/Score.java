package io.newsgraph.ingest.extract;

/** Counts of one category over a gold set, and the precision, recall and F1 they give. */
final class Score {

    private int truePositives;
    private int predicted;
    private int expected;

    void add(int truePositives, int predicted, int expected) {
        this.truePositives += truePositives;
        this.predicted += predicted;
        this.expected += expected;
    }

    int truePositives() {
        return truePositives;
    }

    int predicted() {
        return predicted;
    }

    int expected() {
        return expected;
    }

    double precision() {
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String row(String set, String category) {
        return String.format("| %-7s | %-11s | %4d | %4d | %4d | %.2f | %.2f | %.2f |", set, category, expected,
                predicted, truePositives, precision(), recall(), f1());
    }
}
