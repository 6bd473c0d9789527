package org.flowbench.generator.internal;

import java.util.SplittableRandom;

import org.flowbench.generator.GeneratorSettings;
import org.flowbench.model.TimeRange;

/**
 * A working day of an office network of 1400 clients, as its core router would export it; see
 * {@link OfficeNetwork} for the hosts, {@link OfficeServices} for the session mix and
 * {@link #HOURLY_LEVELS} for the course of the day.
 */
final class OfficeDayScenario implements ScenarioModel {

    /**
     * Activity by hour of the day (at the middle of each hour; the curve runs straight between):
     * quiet night (backups, updates), arrival from 7 h, a plateau before lunch, a dip from 12 to
     * 13 h, a second plateau, people leaving from 17 h.
     */
    static final double[] HOURLY_LEVELS = {
            0.05, 0.04, 0.035, 0.035, 0.04, 0.06, // 0-5 h
            0.12, 0.35, 0.75, 0.95, 1.00, 0.97, // 6-11 h
            0.50, 0.80, 0.95, 0.95, 0.88, 0.60, // 12-17 h
            0.30, 0.18, 0.12, 0.09, 0.07, 0.06 }; // 18-23 h

    static final DiurnalCurve CURVE = new DiurnalCurve(HOURLY_LEVELS);

    @Override
    public String id() {
        return "office-day";
    }

    @Override
    public String name() {
        return "Office day";
    }

    @Override
    public String description() {
        return "A working day of an office network, in time order: 1400 clients on a wired LAN (10.10.0.0/22) and Wi-Fi "
                + "(192.168.100.0/22), servers in 10.20.0.0/24 and 40,000 external hosts in real address blocks of 30 countries (mostly the US, "
                + "Germany and western Europe), some over IPv6. Quiet night, "
                + "morning ramp, lunch dip at 12-13 h, afternoon plateau, evening fall, stretched to the duration. A few "
                + "clients and external hosts do most of the talking (Zipf). Mostly HTTPS and QUIC, then DNS, SMB, HTTP, "
                + "mail, SSH, RDP, NTP and ping; every session is a request flow and a response flow back.";
    }

    @Override
    public boolean isTimeOrdered() {
        return true;
    }

    @Override
    public ScenarioRun start(GeneratorSettings settings, SplittableRandom network, SplittableRandom flows) {
        OfficeNetwork hosts = new OfficeNetwork(network);
        TimeRange range = settings.timeRange();
        FlowSource source = new OfficeDaySource(hosts, CURVE, range.startMicros(), range.lengthMicros(), settings.flows(),
                flows);
        double busiestMinute = settings.flows() * OfficeServices.meanFlowBytes()
                * CURVE.busiestMinuteShare(range.lengthMicros());
        return new ScenarioRun(source, hosts, busiestMinute);
    }
}
