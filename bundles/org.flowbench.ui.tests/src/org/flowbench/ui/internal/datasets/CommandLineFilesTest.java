package org.flowbench.ui.internal.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command line arguments the workbench opens as files. */
class CommandLineFilesTest {

    @Test
    void filesOnTheCommandLineAreOpenedAndOptionsLeftAlone(@TempDir Path dir) throws Exception {
        Path capture = Files.write(dir.resolve("capture.pcap"), new byte[] { 1 });
        Path flows = Files.write(dir.resolve("flows.csv"), new byte[] { 1 });
        Path properties = Files.write(dir.resolve("test.properties"), new byte[] { 1 });
        String[] args = { capture.toString(), "-testproperties", properties.toString(), "-clearPersistedState",
                dir.resolve("missing.pcap").toString(), dir.toString(), flows.toString() };
        // the missing file is an option's value here; the folder is not a file
        assertEquals(List.of(capture.toAbsolutePath(), flows.toAbsolutePath()), CommandLineFiles.of(args));
        assertEquals(List.of(), CommandLineFiles.of(new String[] { dir.resolve("missing.pcap").toString() }));
    }
}
