package org.flowbench.ui.tables.internal.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.analysis.Ranking;
import org.flowbench.analysis.TimeSeries;
import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.AnomalyLabel;
import org.flowbench.generator.GroundTruth;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.TrafficUnits;
import org.flowbench.ui.tables.internal.insights.Insight.Kind;
import org.flowbench.ui.tables.internal.insights.Insight.Link;

/**
 * Draws the insights from a selection: the analyses for the overview (hours, top hosts), the spike
 * rule over bytes per minute, and the detectors over the rows; for generated data, whether each
 * labelled anomaly was found. Runs off the UI thread.
 */
public final class InsightsComputer {

    /** How many spikes, scans and uploads are listed at most. */
    static final int LIST_AT_MOST = 5;
    /** The least share of a spike's bytes that one destination must receive for it to be a volumetric burst. */
    static final double BURST_SHARE = 0.5;
    private static final long DAY = 86_400_000_000L;

    private final AnalysisRegistry analyses;
    private final SpikeRule spikeRule;

    public InsightsComputer(AnalysisRegistry analyses, SpikeRule spikeRule) {
        this.analyses = analyses;
        this.spikeRule = spikeRule;
    }

    /**
     * @param truth the generator's labels, null for data read from files
     */
    public List<Insight> compute(FlowSnapshot flows, TimeRange range, FlowFilter filter, GroundTruth truth, Progress progress) {
        BooleanSupplier canceled = progress::isCanceled;
        AnalysisQuery base = AnalysisQuery.of(flows).withTimeRange(range).withFilter(filter);
        List<Insight> out = new ArrayList<>();
        TimeSeries hours = (TimeSeries) analyses.compute("bytes-over-time", base.withParameter("bucket", "1h"), progress);
        long total = hours.total();
        if (total == 0) {
            out.add(Insight.of(Kind.NOTE, "No bytes in the selection", null, List.of(), Link.NONE));
            return out;
        }
        hourInsights(hours, base.effectiveRange(), total, out);
        hostInsights(base, progress, out);

        TimeRange effective = base.effectiveRange();
        String bucket = effective.lengthMicros() <= 31 * DAY ? "1m" : "1h";
        TimeSeries perBucket = (TimeSeries) analyses.compute("bytes-over-time", base.withParameter("bucket", bucket), progress);
        double median = SpikeRule.median(perBucket.values());
        double threshold = spikeRule.threshold(perBucket.values());
        List<Episode> spikes = Episode.of(perBucket, spikeRule);
        List<Insight> detections = new ArrayList<>();
        if (!spikes.isEmpty()) {
            burst(base, spikes.get(0), progress).ifPresent(detections::add);
        }
        for (PortScanDetector.Scan s : PortScanDetector.standard().find(flows, range, filter, canceled)) {
            if (detections.stream().filter(d -> d.kind() == Kind.PORT_SCAN).count() < LIST_AT_MOST) {
                detections.add(Insight.of(Kind.PORT_SCAN, s.source() + " probed " + TrafficUnits.count(s.ports()) + " ports of "
                        + s.destination() + " within " + Texts.duration(s.time().lengthMicros()), s.time(), List.of(s.source(), s.destination()),
                        Link.FLOWS));
            }
        }
        List<ExfiltrationDetector.Upload> uploads = ExfiltrationDetector.standard().find(flows, range, filter, canceled);
        for (ExfiltrationDetector.Upload u : uploads.subList(0, Math.min(LIST_AT_MOST, uploads.size()))) {
            detections.add(Insight.of(Kind.SLOW_EXFILTRATION, u.source() + " sent " + TrafficUnits.volume(u.bytes()) + " to "
                    + u.destination() + " in " + TrafficUnits.count(u.flows()) + " flows over " + Texts.duration(u.time().lengthMicros())
                    + ", its only internal peer", u.time(), List.of(u.source(), u.destination()), Link.FLOWS));
        }
        if (truth != null) {
            for (AnomalyLabel label : truth.anomalies()) {
                out.add(labelled(label, detections));
            }
        }
        out.addAll(detections);
        String unit = bucket.equals("1m") ? "minute" : "hour";
        for (Episode e : spikes.subList(0, Math.min(LIST_AT_MOST, spikes.size()))) {
            out.add(Insight.of(Kind.SPIKE, TrafficUnits.volume(e.peak()) + " in its busiest " + unit + ", "
                    + String.format(Locale.ROOT, "%.0f", median > 0 ? e.peak() / median : Double.POSITIVE_INFINITY) + "\u00d7 the median " + unit
                    + " (" + TrafficUnits.volume(median) + "); spikes exceed " + TrafficUnits.volume(threshold), e.time(), List.of(),
                    Link.TRAFFIC_OVER_TIME));
        }
        return out;
    }

    private static void hourInsights(TimeSeries hours, TimeRange effective, long total, List<Insight> out) {
        int peak = hours.peakIndex();
        out.add(Insight.of(Kind.BUSIEST_HOUR, TrafficUnits.volume(hours.values()[peak]) + ", " + Texts.percent((double) hours.values()[peak] / total)
                + " of the bytes", bucket(hours, peak), List.of(), Link.TRAFFIC_OVER_TIME));
        // the quietest whole hour: hours cut by the start or end of the data would always win
        int quiet = -1;
        for (int i = 0; i < hours.size(); i++) {
            boolean whole = hours.bucketStart(i) >= effective.startMicros() && hours.bucketStart(i + 1) <= effective.endMicros();
            if (whole && (quiet < 0 || hours.values()[i] < hours.values()[quiet])) {
                quiet = i;
            }
        }
        if (quiet >= 0) {
            out.add(Insight.of(Kind.QUIETEST_HOUR, TrafficUnits.volume(hours.values()[quiet]) + ", "
                    + Texts.percent((double) hours.values()[quiet] / total) + " of the bytes", bucket(hours, quiet), List.of(),
                    Link.TRAFFIC_OVER_TIME));
        }
    }

    private void hostInsights(AnalysisQuery base, Progress progress, List<Insight> out) {
        // the top ten, as the ranking views ask: the registry then computes it once for all
        Ranking talkers = (Ranking) analyses.compute("top-talkers", base, progress);
        if (!talkers.entries().isEmpty()) {
            Ranking.Entry top = talkers.entries().get(0);
            out.add(Insight.of(Kind.TOP_TALKER, top.key() + " sent " + TrafficUnits.volume(top.value()) + ", "
                    + Texts.percent(talkers.share(top)) + " of the bytes", null, List.of(IpAddress.parse(top.key())), Link.TOP_TALKERS));
        }
        Ranking destinations = (Ranking) analyses.compute("top-destinations", base, progress);
        if (!destinations.entries().isEmpty()) {
            Ranking.Entry top = destinations.entries().get(0);
            out.add(Insight.of(Kind.TOP_DESTINATION, top.key() + " received " + TrafficUnits.volume(top.value()) + ", "
                    + Texts.percent(destinations.share(top)) + " of the bytes", null, List.of(IpAddress.parse(top.key())),
                    Link.TOP_DESTINATIONS));
        }
    }

    /** The largest spike is a volumetric burst when one destination receives most of its bytes. */
    private java.util.Optional<Insight> burst(AnalysisQuery base, Episode spike, Progress progress) {
        Ranking in = (Ranking) analyses.compute("top-destinations", base.withTimeRange(base.timeRange().intersect(spike.time())).withTopN(1),
                progress);
        if (in.entries().isEmpty() || in.share(in.entries().get(0)) < BURST_SHARE) {
            return java.util.Optional.empty();
        }
        Ranking.Entry target = in.entries().get(0);
        return java.util.Optional.of(Insight.of(Kind.VOLUMETRIC_BURST, target.key() + " received " + TrafficUnits.volume(target.value()) + ", "
                + Texts.percent(in.share(target)) + " of the bytes of the largest spike", spike.time(), List.of(IpAddress.parse(target.key())),
                Link.TRAFFIC_OVER_TIME));
    }

    /** The label, found when a detection of its kind overlaps its window on its hosts. */
    static Insight labelled(AnomalyLabel label, List<Insight> detections) {
        Insight evidence = null;
        for (Insight d : detections) {
            if (d.kind().name().equals(label.kind().name()) && d.time() != null && d.time().overlaps(label.window()) && sameHosts(label, d)) {
                evidence = d;
                break;
            }
        }
        IpAddress actor = label.kind() == AnomalyKind.VOLUMETRIC_BURST ? label.destinations().get(0) : label.sources().get(0);
        String hosts = label.kind() == AnomalyKind.VOLUMETRIC_BURST
                ? TrafficUnits.count(label.sources().size()) + " hosts \u2192 " + label.destinations().get(0)
                : label.sources().get(0) + " \u2192 " + label.destinations().get(0);
        String text = label.kind().displayName() + ", " + hosts + ": " + (evidence != null ? "found" : "NOT found")
                + (evidence != null ? " (" + evidence.kind().title().toLowerCase(Locale.ROOT) + " detector)" : "");
        List<IpAddress> involved = label.kind() == AnomalyKind.VOLUMETRIC_BURST ? List.of(actor) : List.of(actor, label.destinations().get(0));
        return new Insight(Kind.LABELLED, text, label.window(), involved,
                label.kind() == AnomalyKind.VOLUMETRIC_BURST ? Link.TRAFFIC_OVER_TIME : Link.FLOWS, label.kind(), evidence);
    }

    private static boolean sameHosts(AnomalyLabel label, Insight d) {
        if (label.kind() == AnomalyKind.VOLUMETRIC_BURST) {
            return label.destinations().contains(d.hosts().get(0));
        }
        return d.hosts().size() == 2 && label.sources().contains(d.hosts().get(0)) && label.destinations().contains(d.hosts().get(1));
    }

    private static TimeRange bucket(TimeSeries series, int i) {
        return new TimeRange(series.bucketStart(i), series.bucketStart(i + 1));
    }
}
