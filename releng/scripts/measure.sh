# Sourced by the benchmark scripts: times a command the way they all report it.
# Needs WORK (where outputs go) and /usr/bin/time (Debian package time).
# measure NAME RUNS CMD...: runs CMD RUNS times (stdout to $WORK/NAME.out); sets WALL (fastest),
# CPU (user+sys of that run) and RSS_MB (largest of all runs)
measure() {
  local name=$1 runs=$2; shift 2
  WALL=""; CPU=""; RSS_MB=0
  local start end e u s m
  for _ in $(seq "$runs"); do
    start=$EPOCHREALTIME   # microseconds; /usr/bin/time's wall clock has only hundredths
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err" \
      || { log "$name failed: $(tail -n 3 "$WORK/$name.err")"; return 1; }
    end=$EPOCHREALTIME
    read -r _ u s m < <(tail -n 1 "$WORK/time.txt")
    e=$(awk "BEGIN{printf \"%.3f\", $end - $start}")
    if [ -z "$WALL" ] || awk "BEGIN{exit !($e < $WALL)}"; then WALL=$e; CPU=$(awk "BEGIN{printf \"%.2f\", $u + $s}"); fi
    m=$((m / 1024))
    if [ "$m" -gt "$RSS_MB" ]; then RSS_MB=$m; fi
  done
}
