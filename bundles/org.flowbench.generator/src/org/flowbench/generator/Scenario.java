package org.flowbench.generator;

/** A kind of synthetic traffic that {@link TrafficGenerator} can make; {@link Scenarios} lists them. */
public interface Scenario {

    /** @return the stable id used in {@link GeneratorSettings}, such as {@code office-day} */
    String id();

    /** @return a short name for menus and progress messages */
    String name();

    /** @return what the traffic looks like, in a few sentences */
    String description();

    /** @return whether the scenario's flows come in order of their start times */
    boolean isTimeOrdered();
}
