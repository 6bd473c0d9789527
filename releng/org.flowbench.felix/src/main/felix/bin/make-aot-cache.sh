#!/bin/sh
# Makes lib/flowbench.aot, the JVM's ahead-of-time cache for the `flowbench` command (JDK 25 and
# newer, JEP 483/514/515): the JDK and Felix classes it loads, already parsed and linked, and their
# method profiles. Start-up then costs about a third less CPU. The build runs this once with a
# small training command; a JVM of another version, or jars that changed, simply do not use the
# cache. Never fails: without the cache `flowbench` works as before.
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/bin/find-java.sh"
if [ "${java_major:-0}" -lt 25 ] 2>/dev/null; then
  echo "flowbench: no ahead-of-time cache with Java $java_major (it needs 25 or newer)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# training: start-up, the command line, a packet capture read into flows and an analysis; the
# capture is one UDP packet in a little-endian pcap of link type Ethernet
printf '\324\303\262\241\002\000\004\000\000\000\000\000\000\000\000\000\377\377\000\000\001\000\000\000' > "$work/training.pcap"
printf '\200\265\123\151\000\000\000\000\052\000\000\000\052\000\000\000' >> "$work/training.pcap"
printf '\002\000\000\000\000\002\002\000\000\000\000\001\010\000\105\000\000\034\000\000\000\000\100\021\000\000' >> "$work/training.pcap"
printf '\012\000\000\001\012\000\000\002\023\210\000\065\000\010\000\000' >> "$work/training.pcap"
mkdir -p "$here/lib"
rm -f "$here/lib/flowbench.aot"
if FLOWBENCH_VMARGS="-Xmx1g -XX:AOTCacheOutput=$here/lib/flowbench.aot" \
    "$here/flowbench" analyze --analysis top-talkers --input "$work/training.pcap" > "$work/training.log" 2>&1 \
    && [ -s "$here/lib/flowbench.aot" ]; then
  echo "flowbench: made the ahead-of-time cache lib/flowbench.aot ($(du -k "$here/lib/flowbench.aot" | cut -f1) KB)"
else
  rm -f "$here/lib/flowbench.aot"
  echo "flowbench: no ahead-of-time cache (the training run failed: $(tail -n 2 "$work/training.log" | tr '\n' ' '))"
fi
exit 0
