#!/usr/bin/env bash
# Packet capture benchmark: on the same generated capture, in one run, the whole
# `flowbench analyze --analysis top-talkers` process (start-up included) against tshark's endpoint
# statistics (`tshark -q -z endpoints,ip`) and against `cat FILE > /dev/null`, plus Flowbench's
# parser alone on one core. Prints times, packets per second, MB/s, the ratios, peak memory and the
# targets, and checks Flowbench's top talkers against the generator's ground truth and tshark.
#
# usage: releng/scripts/capture-benchmark.sh [--packets N]... [--runs R] [--work DIR] [--no-tshark]
#   --packets  capture sizes (default 1000000 and 10000000); files are made once by
#              ../shared/bench/peers/gen_pcap.py (about 100 s for 10 M) and kept in the work folder
#   --runs     runs of cat and flowbench per size, the fastest counts (default 3); tshark runs once
#   --work     where the captures and outputs go (default /tmp/flowbench-capture-benchmark)
#   --no-tshark  leave tshark out (it takes about 5 minutes and 8 GB on 10 M packets)
# Installs the Debian packages tshark and time when they are missing. Not part of the tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$FLOWBENCH_ROOT"

SIZES=()
RUNS=3
WORK=/tmp/flowbench-capture-benchmark
WITH_TSHARK=1
while [ $# -gt 0 ]; do
  case "$1" in
    --packets) SIZES+=("$2"); shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --no-tshark) WITH_TSHARK=0; shift ;;
    *) sed -n '2,16p' "$0"; exit 2 ;;
  esac
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000000 10000000)
GENERATOR=$(cd "$FLOWBENCH_ROOT/.." && pwd)/shared/bench/peers/gen_pcap.py
[ -f "$GENERATOR" ] || { log "no capture generator at $GENERATOR (../shared beside the repository)"; exit 1; }

# Reference times of nfdump's nfpcapd (pcap to flow files) measured on this kind of machine,
# from ../shared/bench/peers/README.md; measured again here when nfpcapd is installed.
declare -A NFPCAPD_REFERENCE=([1000000]=0.65 [10000000]=5.31)

# ------------------------------------------------------------------ what it needs
missing=()
command -v /usr/bin/time >/dev/null || missing+=(time)
[ "$WITH_TSHARK" = 0 ] || command -v tshark >/dev/null || missing+=(tshark)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  echo "wireshark-common wireshark-common/install-setuid boolean false" | as_root debconf-set-selections
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
log "building the command line and the benchmark"
"$MVN" -B -q -ntp package -DskipTests -pl releng/org.flowbench.felix,releng/org.flowbench.benchmark -am
FLOWBENCH=$FLOWBENCH_ROOT/releng/org.flowbench.felix/target/flowbench-felix/flowbench
BENCH=$FLOWBENCH_ROOT/releng/org.flowbench.benchmark/target
mkdir -p "$WORK"

# ------------------------------------------------------------------ helpers
source "$(dirname "${BASH_SOURCE[0]}")/measure.sh"
mpps() { awk "BEGIN{w = $2 < 0.001 ? 0.001 : $2; printf \"%.3f\", $1 / w / 1e6}"; }   # mpps PACKETS SECONDS
mbps() { awk "BEGIN{w = $2 < 0.001 ? 0.001 : $2; printf \"%.0f\", $1 / w / 1e6}"; }   # mbps BYTES SECONDS
ratio() { awk "BEGIN{printf \"%.1f\", $1 / ($2 < 0.001 ? 0.001 : $2)}"; }
verdict() { awk "BEGIN{exit !($1)}" && echo "PASS" || echo "MISS"; }
row() { printf "  %-46s %9s %9s %10s %9s %11s\n" "$@"; }

# top N sources as "address bytes" lines, best first
flowbench_top() { awk -F, 'NR > 1 && $1 != "\"\"" {print $2, $3}' "$1"; }
truth_top() { python3 -c 'import json,sys; [print(e["ip"], e["bytes"]) for e in json.load(open(sys.argv[1]))["top_src_by_bytes"][:10]]' "$1"; }
tshark_top() {  # the endpoint table, sorted by bytes sent (tshark sorts it by packets)
  awk '$1 ~ /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/ && NF == 7 {print $1, $5}' "$1" | sort -k2,2nr -k1,1 | awk 'NR <= 10' 
}

# ------------------------------------------------------------------ runs
{
echo "Flowbench packet capture benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $(uname -sr); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); flowbench JVM options: ${FLOWBENCH_VMARGS:--Xmx8g (default)}"
[ "$WITH_TSHARK" = 0 ] || echo "tshark: $(tshark --version 2>/dev/null | head -n 1)"
} | tee "$WORK/summary.txt"

for N in "${SIZES[@]}"; do
  pcap=$WORK/$N.pcap
  truth=$WORK/$N.truth.json
  if [ ! -s "$pcap" ] || [ ! -s "$truth" ]; then
    log "generating $N packets with gen_pcap.py (about $((N / 100000)) s)"
    python3 "$GENERATOR" -n "$N" -o "$pcap" -g "$truth"
  fi
  size=$(stat -L -c %s "$pcap")
  mb=$(awk "BEGIN{printf \"%.1f\", $size / 1e6}")
  cat "$pcap" > /dev/null   # into the page cache; every tool reads it from there

  measure cat "$RUNS" sh -c "cat '$pcap' > /dev/null"
  cat_wall=$WALL cat_cpu=$CPU cat_rss=$RSS_MB
  measure flowbench "$RUNS" "$FLOWBENCH" analyze --analysis top-talkers --input "$pcap" --top 10 --format csv
  fb_wall=$WALL fb_cpu=$CPU fb_rss=$RSS_MB
  "$JAVA_HOME/bin/java" -Xmx4g -cp "$BENCH/classes:$BENCH/lib/*" org.flowbench.benchmark.CaptureBenchmark "$pcap" > "$WORK/inprocess.out"
  field() { sed -n "s/^$1 .*$2=\([^ ]*\).*/\1/p" "$WORK/inprocess.out"; }
  nf_wall=${NFPCAPD_REFERENCE[$N]:-}
  nf_source="reference from ../shared/bench/peers/README.md"
  if command -v nfpcapd >/dev/null; then
    rm -rf "$WORK/nf"; mkdir -p "$WORK/nf"
    measure nfpcapd "$RUNS" nfpcapd -r "$pcap" -w "$WORK/nf" && nf_wall=$WALL nf_source="measured now"
  fi
  ts_wall="" ts_cpu="" ts_rss=""
  if [ "$WITH_TSHARK" = 1 ]; then
    log "tshark -q -z endpoints,ip on $N packets (about $((N / 35000)) s)"
    measure tshark 1 tshark -n -r "$pcap" -q -z endpoints,ip
    ts_wall=$WALL ts_cpu=$CPU ts_rss=$RSS_MB
  fi

  {
  echo
  echo "== $N packets: $pcap ($mb MB, made by gen_pcap.py, seed 1) =="
  row "" "wall s" "cpu s" "Mpkt/s" "MB/s" "max RSS MB"
  row "cat FILE > /dev/null" "$cat_wall" "$cat_cpu" "$(mpps "$N" "$cat_wall")" "$(mbps "$size" "$cat_wall")" "$cat_rss"
  row "flowbench analyze --analysis top-talkers" "$fb_wall" "$fb_cpu" "$(mpps "$N" "$fb_wall")" "$(mbps "$size" "$fb_wall")" "$fb_rss"
  [ -z "$ts_wall" ] || row "tshark -q -z endpoints,ip" "$ts_wall" "$ts_cpu" "$(mpps "$N" "$ts_wall")" "$(mbps "$size" "$ts_wall")" "$ts_rss"
  [ -z "$nf_wall" ] || row "nfpcapd -r FILE -w DIR (*)" "$nf_wall" "" "$(mpps "$N" "$nf_wall")" "$(mbps "$size" "$nf_wall")" ""
  echo "  in one process, from the page cache, no start-up (fastest of 5):"
  for m in parse-one-core store-one-thread store-two-threads; do
    row "  $m" "$(field "$m" wall_s)" "" "$(field "$m" mpps)" "$(field "$m" mbps)" ""
  done
  echo "  (parse-one-core: packets to flows on one thread, flows counted; store-*: into a flow store,"
  echo "   on the calling thread alone, or parsed on a second thread while the caller fills the store)"

  parse_wall=$(field parse-one-core wall_s)
  parse_mpps=$(field parse-one-core mpps)
  [ -z "$nf_wall" ] || echo "  (*) nfpcapd: $nf_source"
  # the end-to-end targets are set on the 10 M packet file; on smaller files start-up dominates
  target() { if [ "$N" -ge 10000000 ]; then verdict "$1"; else echo "target set for 10 M packets"; fi; }
  echo "  targets:"
  if [ -n "$ts_wall" ]; then
    r=$(ratio "$ts_wall" "$fb_wall")
    echo "    end to end vs tshark endpoint statistics: ${r}x faster (target >= 100x): $(target "$r >= 100")"
  fi
  if [ -n "$nf_wall" ]; then
    r=$(ratio "$nf_wall" "$fb_wall")
    echo "    end to end vs nfpcapd's conversion ($nf_wall s): ${r}x faster (target >= 3x, under $(awk "BEGIN{printf \"%.2f\", $nf_wall / 3}") s): $(target "$r >= 3")"
  fi
  echo "    parsing on one core: $parse_mpps M packets/s (target >= 10): $(verdict "$parse_mpps >= 10")"
  r=$(ratio "$parse_wall" "$cat_wall")
  echo "    parsing vs cat from page cache: ${r}x cat's time (target within 5x): $(verdict "$r <= 5")"
  echo "    peak memory of the flowbench process: $fb_rss MB (target < 1024 MB): $(verdict "$fb_rss < 1024")"
  echo "    whole flowbench process vs cat: $(ratio "$fb_wall" "$cat_wall")x cat's time"

  flowbench_top "$WORK/flowbench.out" > "$WORK/$N.flowbench.top"
  truth_top "$truth" > "$WORK/$N.truth.top"
  echo "  correctness:"
  if cmp -s "$WORK/$N.flowbench.top" "$WORK/$N.truth.top"; then
    echo "    flowbench top 10 talkers (address, bytes) equal the generator's ground truth: yes"
  else
    echo "    flowbench top 10 talkers differ from the generator's ground truth: NO"; diff "$WORK/$N.flowbench.top" "$WORK/$N.truth.top" | sed 's/^/      /'
  fi
  if [ -n "$ts_wall" ]; then
    cp "$WORK/tshark.out" "$WORK/$N.tshark.endpoints.txt"
    tshark_top "$WORK/tshark.out" > "$WORK/$N.tshark.top"
    if cmp -s "$WORK/$N.flowbench.top" "$WORK/$N.tshark.top"; then
      echo "    flowbench top 10 talkers equal tshark's endpoints by bytes sent: yes"
    else
      echo "    flowbench top 10 talkers differ from tshark's endpoints: NO"; diff "$WORK/$N.flowbench.top" "$WORK/$N.tshark.top" | sed 's/^/      /'
    fi
  fi
  echo "  top 3 talkers: $(head -n 3 "$WORK/$N.flowbench.top" | paste -sd ';' | sed 's/;/; /g')"
  } | tee -a "$WORK/summary.txt"
done
echo
echo "summary: $WORK/summary.txt"
