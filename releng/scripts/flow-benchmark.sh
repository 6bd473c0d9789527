#!/usr/bin/env bash
# Flow export benchmark, in one run:
#  1. the live collector: `flowbench export` sends generated flows as NetFlow v9 and IPFIX over
#     loopback at increasing rates to `flowbench collect`; prints flows/s received, flows lost by
#     sequence number, received + lost against sent, the collector's CPU, and the rate at which
#     loss begins;
#  2. decoding from files: the same generated flows (at least 20 M) as NetFlow v9 and IPFIX export
#     datagrams in a pcap file for Flowbench and, sent at the same time to nfdump's nfcapd, in
#     nfcapd's own file for `nfdump -s srcip/bytes`; prints both tools' times, flows/s, start-up
#     separately, and checks that both found the same flows, bytes and top sources.
#
# usage: releng/scripts/flow-benchmark.sh [--flows N] [--rates "250k 500k ..."] [--work DIR] [--runs R] [--no-collector]
#   --flows  flows in the decoding files (default 20000000)
#   --rates  collector load steps in flows/s, "max" sends as fast as one thread can (default
#            "250k 500k 1M 1500k 2M max")
#   --work   where files go (default /tmp/flowbench-flow-benchmark)
#   --runs   runs of each decoding command, the fastest counts (default 3)
#   --no-collector  only part 2 (decoding from files)
# Installs the Debian packages nfdump and time when missing; raises net.core.rmem_max to 64 MiB
# (as root) so that both collectors get the socket buffer they ask for. Not part of the tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$FLOWBENCH_ROOT"

FLOWS=20000000
RATES="250k 500k 1M 1500k 2M max"
WORK=/tmp/flowbench-flow-benchmark
RUNS=3
COLLECTOR=1
while [ $# -gt 0 ]; do
  case "$1" in
    --flows) FLOWS=$2; shift 2 ;;
    --rates) RATES=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --no-collector) COLLECTOR=0; shift ;;
    *) sed -n '2,21p' "$0"; exit 2 ;;
  esac
done

missing=()
command -v /usr/bin/time >/dev/null || missing+=(time)
command -v nfcapd >/dev/null || missing+=(nfdump)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
RMEM=$((64 << 20))
if [ "$(cat /proc/sys/net/core/rmem_max)" -lt "$RMEM" ]; then
  as_root sysctl -q -w net.core.rmem_max=$RMEM || log "could not raise net.core.rmem_max: collectors get $(cat /proc/sys/net/core/rmem_max) bytes"
fi
log "building the command line and the benchmark"
"$MVN" -B -q -ntp package -DskipTests -pl releng/org.flowbench.felix,releng/org.flowbench.benchmark -am
FLOWBENCH=$FLOWBENCH_ROOT/releng/org.flowbench.felix/target/flowbench-felix/flowbench
BENCH=$FLOWBENCH_ROOT/releng/org.flowbench.benchmark/target
mkdir -p "$WORK"
PORT=${FLOWBENCH_BENCH_PORT:-39055}

count() { awk -v s="$1" 'BEGIN{n = s; m = 1; if (s ~ /[kK]$/) {m = 1e3; sub(/[kK]$/, "", n)} else if (s ~ /M$/) {m = 1e6; sub(/M$/, "", n)}; printf "%d", n * m}'; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }   # utime + stime of a process, in clock ticks
HZ=$(getconf CLK_TCK)
row() { printf "  %-9s %9s %11s %11s %10s %9s %12s %8s\n" "$@"; }

{
echo "Flowbench flow export benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $(uname -sr); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); nfdump: $(nfdump -V 2>&1 | head -n 1); net.core.rmem_max $(cat /proc/sys/net/core/rmem_max)"
} | tee "$WORK/summary.txt"

# ------------------------------------------------------------------ 1. the collector under load
LOSS_BEGINS=()
for protocol in ipfix netflow9; do
  [ "$COLLECTOR" = 1 ] || break
  {
  echo
  echo "== collector: $protocol over loopback, one exporter process, 4 observation domains =="
  row "rate" "sent" "received" "recv/s" "lost" "unexpl." "collector cpu" "loss %"
  } | tee -a "$WORK/summary.txt"
  begins=""
  for rate in $RATES; do
    if [ "$rate" = max ]; then r=0; n=6000000; else r=$(count "$rate"); n=$((r * 4 > 1000000 ? r * 4 : 1000000)); fi
    "$FLOWBENCH" collect --listen "127.0.0.1:$PORT" --idle 2s --duration 300s --quiet > "$WORK/collect.out" 2> "$WORK/collect.err" &
    collector=$!
    for _ in $(seq 50); do grep -q "Collecting on" "$WORK/collect.err" 2>/dev/null && break; sleep 0.2; done
    cpu0=$(ticks "$collector")
    "$FLOWBENCH" export --to "127.0.0.1:$PORT" --protocol "$protocol" --flows "$n" --rate "$r" --exporters 4 > "$WORK/export.out"
    cpu1=$(ticks "$collector")
    wait "$collector"
    sent=$(sed -n 's/^sent: flows=\([0-9]*\).*/\1/p' "$WORK/export.out")
    secs=$(sed -n 's/^sent: .*seconds=\([0-9.]*\).*/\1/p' "$WORK/export.out")
    got=$(sed -n 's/^total: datagrams=[0-9]* flows=\([0-9]*\).*/\1/p' "$WORK/collect.out")
    lost=$(sed -n 's/^total: .* lost=\([0-9]*\).*/\1/p' "$WORK/collect.out")
    unexplained=$((sent - got - lost))
    cpu=$(awk "BEGIN{printf \"%.0f%%\", ($cpu1 - $cpu0) / $HZ / $secs * 100}")
    pct=$(awk "BEGIN{printf \"%.3f\", $lost * 100 / $sent}")
    row "$rate" "$sent" "$got" "$(awk "BEGIN{printf \"%.0f\", $got / $secs}")" "$lost" "$unexplained" "$cpu" "$pct" | tee -a "$WORK/summary.txt"
    if [ -z "$begins" ] && awk "BEGIN{exit !($pct > 0.01)}"; then begins="$rate (sent at $(awk "BEGIN{printf \"%.0f\", $sent / $secs}") flows/s)"; fi
    echo "$protocol $rate sent=$sent received=$got lost=$lost unexplained=$unexplained seconds=$secs" >> "$WORK/collector-runs.txt"
  done
  echo "  loss (> 0.01 %) begins at: ${begins:-no step of this run}" | tee -a "$WORK/summary.txt"
  LOSS_BEGINS+=("$protocol: ${begins:-none}")
done

# ------------------------------------------------------------------ 2. decoding from files, with nfdump
source "$(dirname "${BASH_SOURCE[0]}")/measure.sh"
mfps() { awk "BEGIN{printf \"%.1f\", $1 / ($2 < 0.001 ? 0.001 : $2) / 1e6}"; }
drow() { printf "  %-58s %8s %8s %12s %10s\n" "$@"; }

measure startup "$RUNS" "$FLOWBENCH" --version
startup=$WALL
for protocol in netflow9 ipfix; do
  version=$([ "$protocol" = ipfix ] && echo 10 || echo 9)
  pcap=$WORK/$protocol-$FLOWS.pcap
  nfdir=$WORK/nfcapd-$protocol
  rm -rf "$nfdir"; mkdir -p "$nfdir"
  log "$protocol: writing $FLOWS flows to $pcap and sending the same datagrams to nfcapd"
  nfcapd -b 127.0.0.1 -p "$PORT" -w "$nfdir" -B "$RMEM" -t 86400 > "$WORK/nfcapd.log" 2>&1 &
  nfcapd_pid=$!
  sleep 1
  "$JAVA_HOME/bin/java" -Xmx4g -cp "$BENCH/classes:$BENCH/lib/*" org.flowbench.benchmark.ExportBenchmark write "$version" "$FLOWS" "$pcap" \
    "127.0.0.1:$PORT" 1000000 > "$WORK/$protocol.truth"
  sleep 2
  kill -TERM "$nfcapd_pid"; wait "$nfcapd_pid" || true
  nffile=$(ls "$nfdir"/nfcapd.* | grep -v current | head -n 1)
  cat "$pcap" "$nffile" > /dev/null   # into the page cache for both
  measure nfdump "$RUNS" nfdump -r "$nffile" -s srcip/bytes -n 10
  nf_wall=$WALL nf_cpu=$CPU nf_rss=$RSS_MB
  nfdump -N -r "$nffile" -s srcip/bytes -n 10 > "$WORK/$protocol.nfdump.txt"   # plain numbers, for the checks
  measure flowbench "$RUNS" "$FLOWBENCH" analyze --analysis top-talkers --input "$pcap" --top 10 --format csv
  fb_wall=$WALL fb_cpu=$CPU fb_rss=$RSS_MB
  cp "$WORK/flowbench.out" "$WORK/$protocol.flowbench.csv"
  "$JAVA_HOME/bin/java" -Xmx8g -cp "$BENCH/classes:$BENCH/lib/*" org.flowbench.benchmark.ExportBenchmark read "$pcap" > "$WORK/$protocol.inprocess"
  field() { sed -n "s/^$1 .*$2=\([^ ]*\).*/\1/p" "$WORK/$protocol.inprocess"; }
  flows_truth=$(sed -n 's/^written flows=\([0-9]*\).*/\1/p' "$WORK/$protocol.truth")
  bytes_truth=$(sed -n 's/^written .*bytes=\([0-9]*\) datagrams.*/\1/p' "$WORK/$protocol.truth")
  nf_flows=$(sed -n 's/.*total flows: \([0-9]*\).*/\1/p' "$WORK/$protocol.nfdump.txt" | head -n 1)
  nf_bytes=$(sed -n 's/.*total bytes: \([0-9]*\).*/\1/p' "$WORK/$protocol.nfdump.txt" | head -n 1)
  {
  echo
  echo "== decoding $protocol from files: $FLOWS flows ($(stat -c %s "$pcap") bytes of pcap; nfcapd file $(stat -c %s "$nffile") bytes) =="
  drow "" "wall s" "cpu s" "M flows/s" "RSS MB"
  drow "nfdump -r FILE -s srcip/bytes -n 10 (nfcapd's file)" "$nf_wall" "$nf_cpu" "$(mfps "$FLOWS" "$nf_wall")" "$nf_rss"
  drow "flowbench analyze --analysis top-talkers (pcap, whole process)" "$fb_wall" "$fb_cpu" "$(mfps "$FLOWS" "$fb_wall")" "$fb_rss"
  drow "  of which JVM and OSGi start-up (flowbench --version)" "$startup" "" "" ""
  drow "in one process, no start-up: decode + aggregate by source, 1 core" "$(field decode-aggregate-one-core wall_s)" "" \
    "$(field decode-aggregate-one-core mflows_per_s)" ""
  drow "in one process: decode into the flow store, 2 threads" "$(field decode-into-store-two-threads wall_s)" "" \
    "$(field decode-into-store-two-threads mflows_per_s)" ""
  echo "  targets:"
  r=$(field decode-aggregate-one-core mflows_per_s)
  echo "    decode + aggregate from files: $r M flows/s (target >= 10): $(awk "BEGIN{exit !($r >= 10)}" && echo PASS || echo MISS)"
  fb_net=$(awk "BEGIN{printf \"%.3f\", $fb_wall - $startup}")
  echo "    flowbench without start-up ($fb_net s) vs nfdump ($nf_wall s): $(awk "BEGIN{printf \"%.2f\", $nf_wall / ($fb_net < 0.001 ? 0.001 : $fb_net)}")x"
  echo "  same flows:"
  echo "    sent $flows_truth flows, $bytes_truth bytes; nfdump read ${nf_flows:-?} flows, ${nf_bytes:-?} bytes; flowbench read $(field decode-into-store-two-threads flows) flows"
  awk '/^top / {print $2, $3}' "$WORK/$protocol.truth" > "$WORK/$protocol.truth.top"
  awk '/^top / {print $2, $3}' "$WORK/$protocol.inprocess" > "$WORK/$protocol.flowbench.top"
  if cmp -s "$WORK/$protocol.truth.top" "$WORK/$protocol.flowbench.top"; then
    echo "    flowbench top 10 sources (address, bytes) equal the generator's: yes"
  else
    echo "    flowbench top 10 sources differ from the generator's: NO"; diff "$WORK/$protocol.truth.top" "$WORK/$protocol.flowbench.top" | sed 's/^/      /'
  fi
  # nfdump's rows: date, time, duration (which may have a space), protocol, address, flows(%), packets(%), bytes(%)
  sed -nE 's/^[0-9-]+ [0-9:.]+ .* any +([0-9a-f.:]+) +[0-9]+\( *[0-9.]+\) +[0-9]+\( *[0-9.]+\) +([0-9]+)\(.*/\1 \2/p' \
    "$WORK/$protocol.nfdump.txt" > "$WORK/$protocol.nfdump.top"
  if [ -s "$WORK/$protocol.nfdump.top" ] && cmp -s "$WORK/$protocol.nfdump.top" "$WORK/$protocol.flowbench.top"; then
    echo "    nfdump's top 10 sources (address, bytes) equal flowbench's: yes"
  else
    echo "    nfdump's top 10 sources differ from flowbench's: NO"; diff "$WORK/$protocol.nfdump.top" "$WORK/$protocol.flowbench.top" | sed 's/^/      /'
  fi
  } | tee -a "$WORK/summary.txt"
done
echo
echo "loss begins: ${LOSS_BEGINS[*]}" | tee -a "$WORK/summary.txt"
echo "summary: $WORK/summary.txt"
