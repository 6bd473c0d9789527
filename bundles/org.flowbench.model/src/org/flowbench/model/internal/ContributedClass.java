package org.flowbench.model.internal;

import java.util.function.Supplier;

/**
 * The instance of a class that a plugin.xml names, made the first time it is needed (so that
 * listing contributions loads no contributed code), then kept. Thread-safe.
 *
 * @param <T> the type the class must implement
 */
public final class ContributedClass<T> implements Supplier<T> {

    private final String contributor;
    private final String className;
    private final Class<T> type;
    private final String kind;
    private final ClassLoading classes;
    private volatile T instance;

    /**
     * @param contributor the contributing bundle's symbolic name, for messages
     * @param className   the class named in plugin.xml; it needs a public no-argument constructor
     * @param type        what the class must implement
     * @param kind        what it is to users, e.g. "analysis" or "reader", for messages
     * @param classes     loads the class in the contributor's class space
     */
    public ContributedClass(String contributor, String className, Class<T> type, String kind, ClassLoading classes) {
        this.contributor = contributor;
        this.className = className;
        this.type = type;
        this.kind = kind;
        this.classes = classes;
    }

    public String className() {
        return className;
    }

    /**
     * @throws IllegalStateException naming the contributor and the class when it cannot be loaded or
     *         created, or does not implement the type; asked again, it tries again
     */
    @Override
    public T get() {
        T t = instance;
        if (t == null) {
            synchronized (this) {
                t = instance;
                if (t == null) {
                    instance = t = create();
                }
            }
        }
        return t;
    }

    private T create() {
        Object o;
        try {
            o = classes.load(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException(contributor + ": cannot create " + kind + " class " + className + ": " + e, e);
        }
        if (!type.isInstance(o)) {
            throw new IllegalStateException(contributor + ": " + className + " does not implement " + type.getName());
        }
        return type.cast(o);
    }
}
