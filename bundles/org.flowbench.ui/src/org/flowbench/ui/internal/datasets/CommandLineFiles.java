package org.flowbench.ui.internal.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;

/** The files named on the workbench's command line, to open as `wireshark FILE` opens one. */
public final class CommandLineFiles {

    private CommandLineFiles() {
    }

    /**
     * @return the files that the command line arguments left to the application name. An argument
     *         after an option is that option's value (e.g. a test harness's properties file), not a
     *         file to open; a name that is not a file is logged.
     */
    public static List<Path> of(String[] args) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].isBlank() || args[i].startsWith("-") || i > 0 && args[i - 1].startsWith("-")) {
                continue;
            }
            Path file = Path.of(args[i]).toAbsolutePath();
            if (Files.isRegularFile(file)) {
                files.add(file);
            } else {
                ILog.of(CommandLineFiles.class).warn("Not opened: " + file + " is not a file");
            }
        }
        return files;
    }
}
