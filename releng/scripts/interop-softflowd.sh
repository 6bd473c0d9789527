#!/usr/bin/env bash
# Interoperability with a real exporter and a real collector: softflowd reads a capture of the
# shared set (../shared/captures) and exports NetFlow v9 and IPFIX to nfdump's nfcapd and to
# `flowbench collect`, both running side by side (softflowd reads the file once per collector:
# given two -n it sends to one of them only, and nfcapd 1.7.1's repeater -R fails on large
# datagrams with "Message too long"). The flows nfdump reads from nfcapd's file (addresses, ports, bytes, packets) must be
# the flows Flowbench collected; the script prints both totals and exits 1 when they differ.
#
# usage: releng/scripts/interop-softflowd.sh [--capture FILE] [--work DIR]
# Installs the Debian packages softflowd and nfdump when missing (bootstrap.sh does). test.sh runs
# it after the build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$FLOWBENCH_ROOT"

CAPTURE=$(cd "$FLOWBENCH_ROOT/.." && pwd)/shared/captures/nDPI__zoom.pcap
WORK=/tmp/flowbench-interop-softflowd
while [ $# -gt 0 ]; do
  case "$1" in
    --capture) CAPTURE=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
  esac
done
[ -f "$CAPTURE" ] || { log "no capture $CAPTURE"; exit 1; }
FLOWBENCH=$FLOWBENCH_ROOT/releng/org.flowbench.felix/target/flowbench-felix/flowbench
if [ ! -x "$FLOWBENCH" ]; then
  log "building the command line"
  "$MVN" -B -q -ntp package -DskipTests -pl releng/org.flowbench.felix -am
fi
rm -rf "$WORK"; mkdir -p "$WORK"
NF_PORT=${FLOWBENCH_INTEROP_PORT:-39601}
FB_PORT=$((NF_PORT + 1))
status=0
children=()
trap 'for c in "${children[@]}"; do kill "$c" 2>/dev/null || true; done' EXIT   # nothing of this script outlives it
for version in 9 10; do
  dir=$WORK/v$version
  mkdir -p "$dir/nfcapd"
  "$FLOWBENCH" collect --listen "127.0.0.1:$FB_PORT" --idle 3s --duration 120s --quiet --out "$dir/flowbench.csv" > "$dir/collect.out" 2> "$dir/collect.err" &
  collector=$!
  children+=("$collector")
  nfcapd -b 127.0.0.1 -p "$NF_PORT" -w "$dir/nfcapd" -t 3600 > "$dir/nfcapd.log" 2>&1 &
  nfcapd_pid=$!
  children+=("$nfcapd_pid")
  for _ in $(seq 50); do grep -q "Collecting on" "$dir/collect.err" 2>/dev/null && break; sleep 0.2; done
  sleep 1
  # no control socket (-c none): in some environments its poll said readable and softflowd then waited in accept() for ever
  for port in "$NF_PORT" "$FB_PORT"; do
    softflowd -r "$CAPTURE" -n "127.0.0.1:$port" -v "$version" -d -p "$dir/softflowd.pid" -c none < /dev/null > "$dir/softflowd-$port.log" 2>&1
  done
  wait "$collector"
  kill -TERM "$nfcapd_pid"; wait "$nfcapd_pid" || true
  nffile=$(ls "$dir"/nfcapd/nfcapd.* | grep -v current | head -n 1)
  # ICMP carries type and code where ports are (nfdump shows "type.code"): compared without them
  nfdump -r "$nffile" -N -q -o "fmt:%pr %sa %da %sp %dp %byt %pkt" \
    | awk '{ if ($1 ~ /^(ICMP|ICMP6|1|58)$/) { $4 = "-"; $5 = "-" }; print $2, $3, $4, $5, $6, $7 }' | sort > "$dir/nfdump.flows"
  awk -F, 'NR > 1 { sp = $5; dp = $6; if (tolower($7) ~ /^(icmp|ipv6-icmp|icmp6|1|58)$/) { sp = "-"; dp = "-" }; print $3, $4, sp, dp, $8, $9 }' \
    "$dir/flowbench.csv" | sort > "$dir/flowbench.flows"
  n_nf=$(wc -l < "$dir/nfdump.flows"); n_fb=$(wc -l < "$dir/flowbench.flows")
  b_nf=$(awk '{s += $5} END {print s + 0}' "$dir/nfdump.flows"); b_fb=$(awk '{s += $5} END {print s + 0}' "$dir/flowbench.flows")
  name=$([ "$version" = 10 ] && echo IPFIX || echo "NetFlow v9")
  if [ "$n_nf" -gt 0 ] && cmp -s "$dir/nfdump.flows" "$dir/flowbench.flows"; then
    echo "$name: softflowd -> nfcapd: $n_nf flows, $b_nf bytes; -> flowbench collect: $n_fb flows, $b_fb bytes; every flow the same: yes"
  else
    echo "$name: nfcapd $n_nf flows, $b_nf bytes; flowbench $n_fb flows, $b_fb bytes; the flows differ: NO"
    diff "$dir/nfdump.flows" "$dir/flowbench.flows" | head -n 20 | sed 's/^/  /'
    status=1
  fi
done
exit $status
