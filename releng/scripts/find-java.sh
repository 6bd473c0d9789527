# Sourced by the start scripts: sets $java to a Java 21 or newer, taken from FLOWBENCH_JAVA,
# JAVA_HOME, the usual JDK folders or the PATH, and $java_options to the options it needs to run
# Felix and SWT without warnings (Java 24 and newer warn about JNI and sun.misc.Unsafe).
java_version() {
  # The JDK's release file tells the version without starting a JVM, which would cost the command
  # line a tenth of a second on every run; Java 9 and newer have it.
  v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$(dirname "$(dirname "$(readlink -f "$1")")")/release" 2>/dev/null || true)
  if [ -n "$v" ]; then echo "$v"; else
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; fi
}
java=""
for candidate in "${FLOWBENCH_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" \
    /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/temurin-21-jdk-amd64/bin/java \
    /usr/lib/jvm/java-25-openjdk-amd64/bin/java /usr/lib/jvm/java-21-openjdk-amd64/bin/java \
    "$(command -v java 2>/dev/null || true)"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    v=$(java_version "$candidate")
    if [ -n "$v" ] && [ "${v%%.*}" -ge 21 ] 2>/dev/null; then java=$candidate; break; fi
  fi
done
if [ -z "$java" ]; then
  echo "Flowbench needs Java 21 or newer; set FLOWBENCH_JAVA or JAVA_HOME to one." >&2
  exit 1
fi
java_major=$(java_version "$java")
case $java_major in
  21|22|23) java_options="" ;;
  *) java_options="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow" ;;
esac
