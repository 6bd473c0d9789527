package org.flowbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResultKindTest {

    @Test
    void idsAreTheNamesUsedInPluginXml() {
        assertEquals(List.of("time-series", "ranking", "table", "findings"), List.of(ResultKind.values()).stream().map(ResultKind::id).toList());
        for (ResultKind k : ResultKind.values()) {
            assertEquals(k, ResultKind.fromId(k.id()));
        }
    }

    @Test
    void unknownIdsAreRefusedListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultKind.fromId("TIME_SERIES"));
        assertTrue(e.getMessage().contains("'TIME_SERIES'") && e.getMessage().contains("time-series, ranking, table, findings"), e.getMessage());
    }

    @Test
    void everyResultTellsItsKind() {
        assertEquals(ResultKind.RANKING, new Ranking("r", "k", List.of(), List.of(), new long[0], 0, new long[] { 0 }).kind());
        assertEquals(ResultKind.TABLE, new Table("t", List.of(), List.of()).kind());
        assertEquals(ResultKind.FINDINGS, new Findings("f", List.of()).kind());
    }
}
