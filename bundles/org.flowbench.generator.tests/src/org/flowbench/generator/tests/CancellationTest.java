package org.flowbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.GroundTruth;
import org.flowbench.generator.TrafficGenerator;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.Test;

class CancellationTest {

    /** Records what the generator reports; cancels after a given number of reports. */
    private static final class RecordingProgress implements Progress {
        final List<Long> reports = new ArrayList<>();
        final int cancelAfterReports;
        String task;
        long total = -2;

        RecordingProgress(int cancelAfterReports) {
            this.cancelAfterReports = cancelAfterReports;
        }

        @Override
        public void begin(String name, long totalWork) {
            task = name;
            total = totalWork;
        }

        @Override
        public void worked(long work) {
            reports.add(work);
        }

        @Override
        public boolean isCanceled() {
            return reports.size() >= cancelAfterReports;
        }

        long worked() {
            return reports.stream().mapToLong(Long::longValue).sum();
        }
    }

    @Test
    void cancelingStopsAtTheNextReport() {
        RecordingProgress progress = new RecordingProgress(1);
        long[] received = { 0 };
        assertThrows(CancellationException.class,
                () -> TrafficGenerator.generate(GeneratorSettings.defaults(), f -> received[0]++, progress));
        assertEquals(List.of(65_536L), progress.reports);
        assertEquals(65_536, received[0], "flows made up to the first report, none after");
    }

    @Test
    void cancelingBeforeTheStartMakesNoFlows() {
        RecordingProgress progress = new RecordingProgress(0);
        long[] received = { 0 };
        assertThrows(CancellationException.class,
                () -> TrafficGenerator.generate(GeneratorSettings.defaults().withScenario("uniform"), f -> received[0]++, progress));
        assertEquals(0, received[0]);
    }

    @Test
    void progressCountsEveryFlowInChunks() {
        RecordingProgress progress = new RecordingProgress(Integer.MAX_VALUE);
        GeneratorSettings settings = GeneratorSettings.defaults().withFlows(200_000).withAnomalies(AnomalyKind.values());
        GroundTruth truth = TrafficGenerator.generate(settings, f -> { }, progress);
        assertEquals(truth.flows(), progress.total, "the total is known before the first flow");
        assertEquals(truth.flows(), progress.worked());
        assertEquals(truth.flows() / 65_536 + 1, progress.reports.size());
        assertTrue(progress.reports.stream().allMatch(w -> w <= 65_536));
        assertTrue(progress.task.contains("Office day"), progress.task);
    }
}
