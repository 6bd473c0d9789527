package org.flowbench.model.internal;

/** Loads a contributed class by name, in the contributor's class space (e.g. {@code bundle::loadClass}). */
@FunctionalInterface
public interface ClassLoading {

    Class<?> load(String className) throws ClassNotFoundException;
}
