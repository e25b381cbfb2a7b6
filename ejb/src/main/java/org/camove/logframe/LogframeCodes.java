package org.camove.logframe;

/**
 * How logframe codes are written: the goal is {@code G} (several top results are {@code G1}, {@code G2}),
 * outcomes are numbered through the whole logframe ({@code 1}, {@code 2}), every deeper result adds its
 * place to its parent's code ({@code 1.2}, {@code 1.2.3}), and an indicator adds a letter to its result's
 * code ({@code 1.a}, {@code 1.2.b}; after {@code z} come {@code aa}, {@code ab}).
 */
public final class LogframeCodes {

    private LogframeCodes() {
    }

    /** The code of the top result in place {@code index} (from 0) of {@code count} top results. */
    public static String top(int index, int count) {
        return count == 1 ? "G" : "G" + (index + 1);
    }

    /** The code of the result in place {@code index} (from 0) under {@code parent}; outcomes use {@code outcomeNumber}. */
    static String child(Result parent, String parentCode, int index, int outcomeNumber) {
        return parent.getDepth() == 1 ? String.valueOf(outcomeNumber) : parentCode + "." + (index + 1);
    }

    /** The code of the indicator in place {@code index} (from 0) among its result's indicators. */
    public static String indicator(String resultCode, int index) {
        var letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('a' + (n - 1) % 26));
        }
        return resultCode + "." + letters;
    }
}
