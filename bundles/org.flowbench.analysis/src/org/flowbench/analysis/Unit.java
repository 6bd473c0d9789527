package org.flowbench.analysis;

/** What a number in a result counts, so that views and printers can format it. */
public enum Unit {
    BYTES("bytes"), PACKETS("packets"), FLOWS("flows"), COUNT("count");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
