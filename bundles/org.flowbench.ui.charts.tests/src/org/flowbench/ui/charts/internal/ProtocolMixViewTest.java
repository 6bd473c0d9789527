package org.flowbench.ui.charts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.Parameterization;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.handlers.RadioState;
import org.flowbench.ui.charts.ChartsUi;
import org.flowbench.ui.charts.RankingChart;
import org.flowbench.ui.datasets.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The protocol and service mix of the hand-made flows, by service and by protocol. */
class ProtocolMixViewTest {

    private Dataset dataset;
    private ProtocolMixView view;

    @BeforeEach
    void open() throws Exception {
        dataset = HandMadeTraffic.open();
        view = HandMadeTraffic.show(ChartsUi.PROTOCOL_MIX_VIEW_ID);
        setLevel("service");
        HandMadeTraffic.waitShown(view, dataset);
    }

    @AfterEach
    void restore() throws Exception {
        setLevel("service");
    }

    @Test
    void servicesAreTheLowerPortOfEachFlowWithTheirShareOfBytes() {
        RankingChart chart = view.chart();
        assertEquals(List.of("TCP 443 (https)", "TCP 22 (ssh)", "UDP 53 (dns)", "ICMP"), chart.categories());
        // 443: 1000 + 2000 + 5000 + 4000; 53: 300 + 200; of 13,400
        assertArrayEquals(new double[] { 12000, 800, 500, 100 }, RankingViewsTest.bars(chart, RankingChart.BARS_ID), 0);
        assertEquals(List.of("12.0 KB (89.6%)", "800 B (6.0%)", "500 B (3.7%)", "100 B (0.7%)"), chart.valueLabels());
    }

    @Test
    void theLevelCommandGroupsByProtocol() throws Exception {
        setLevel("protocol");
        HandMadeTraffic.waitUntil(() -> view.isUpToDate() && view.chart().categories().size() == 3, "protocols are shown");
        assertEquals("protocol", view.level());
        assertEquals(List.of("TCP", "UDP", "ICMP"), view.chart().categories());
        assertArrayEquals(new double[] { 12800, 500, 100 }, RankingViewsTest.bars(view.chart(), RankingChart.BARS_ID), 0);
        assertEquals(List.of("12.8 KB (95.5%)", "500 B (3.7%)", "100 B (0.7%)"), view.chart().valueLabels());
    }

    private static void setLevel(String level) throws Exception {
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(ChartsUi.MIX_LEVEL_COMMAND_ID);
        ParameterizedCommand p = new ParameterizedCommand(command,
                new Parameterization[] { new Parameterization(command.getParameter(RadioState.PARAMETER_ID), level) });
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(p, null);
    }
}
