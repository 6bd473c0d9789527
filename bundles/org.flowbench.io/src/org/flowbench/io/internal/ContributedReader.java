package org.flowbench.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.flowbench.io.FlowReader;
import org.flowbench.io.LoadedFlows;
import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowSink;
import org.flowbench.model.Progress;
import org.flowbench.model.internal.ContributedClass;

/**
 * A reader contributed in a plugin.xml: its id, name, extensions and magic numbers come from the
 * XML, so listing it and recognizing its files load no code; its class is created the first time
 * a file is read (or, for a reader without magic numbers, first asked to recognize one).
 */
public final class ContributedReader implements FlowReader {

    private final String id;
    private final String name;
    private final List<String> extensions;
    private final List<MagicNumber> magic;
    private final ContributedClass<FlowReader> reader;
    private final String contributor;

    public ContributedReader(String id, String name, List<String> extensions, List<MagicNumber> magic, ContributedClass<FlowReader> reader,
            String contributor) {
        this.id = id;
        this.name = name;
        this.extensions = List.copyOf(extensions);
        this.magic = List.copyOf(magic);
        this.reader = reader;
        this.contributor = contributor;
    }

    /** @return the symbolic name of the contributing bundle */
    public String contributor() {
        return contributor;
    }

    /** @return the name of the class that does the reading */
    public String className() {
        return reader.className();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> extensions() {
        return extensions;
    }

    @Override
    public boolean recognizes(byte[] head) {
        if (magic.isEmpty()) {
            return reader.get().recognizes(head);
        }
        for (MagicNumber m : magic) {
            if (m.matches(head)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ReadReport read(InputStream in, String sourceName, FlowSink sink, Progress progress) throws IOException {
        return reader.get().read(in, sourceName, sink, progress);
    }

    @Override
    public LoadedFlows load(InputStream in, String sourceName, Progress progress) throws IOException {
        return reader.get().load(in, sourceName, progress);
    }

    @Override
    public LoadedFlows load(Path file, Progress progress) throws IOException {
        return reader.get().load(file, progress);
    }

    @Override
    public String toString() {
        return id + " (" + reader.className() + " of " + contributor + ")";
    }
}
