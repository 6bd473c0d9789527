/**
 * Reading and writing flows: {@link org.flowbench.io.FlowReader} and
 * {@link org.flowbench.io.FlowWriter} are the contribution types (OSGi services, and for readers
 * also the extension point {@code org.flowbench.io.readers} in a plugin.xml), and
 * {@link org.flowbench.io.FlowFormats} collects them and picks the reader for a file by its
 * content, decompressing gzip on the way.
 *
 * <h2>Built-in formats</h2>
 * <table>
 * <caption>Readers and writers of this bundle</caption>
 * <tr><th>id</th><th>recognized by</th></tr>
 * <tr><td>native</td><td>the magic {@code FLOWBNCH} of {@link org.flowbench.model.FlowStoreFile}</td></tr>
 * <tr><td>csv-seed</td><td>a first line with the columns {@code timestamp,source,destination,bytes} and no {@code start}</td></tr>
 * <tr><td>csv-flow</td><td>a first line with at least the columns {@code start,source,destination}</td></tr>
 * <tr><td>pcap</td><td>a libpcap magic number ({@code a1b2c3d4} or {@code a1b23c4d}, either byte order); from plugin.xml</td></tr>
 * <tr><td>pcapng</td><td>a section header block ({@code 0a0d0d0a}) with its byte-order magic; from plugin.xml</td></tr>
 * </table>
 * <p>
 * Packet captures become flows: packets of one 5-tuple within one second (see
 * {@code org.flowbench.io.internal.pcap.PacketFlows}), keyed by the outermost IP header as
 * Wireshark shows it; their reports count frames, frame bytes and frames without IP.
 *
 * <h2>CSV rules</h2>
 * <ul>
 * <li>RFC 4180 with comma and double quotes, UTF-8 (a byte order mark is skipped). The first line
 * names the columns, in any order and case; other columns are ignored. Fields are trimmed; empty
 * lines are passed over.</li>
 * <li>Timestamps: ISO-8601 ({@code 2026-01-05T08:00:00Z}, with an offset such as {@code +01:00},
 * with a fraction, with a space instead of {@code T}; without an offset it is UTC), or an epoch
 * number (integer or with a fraction) whose unit is told by the size of its whole part: below
 * 10^11 seconds, below 10^14 milliseconds, below 10^17 microseconds, else nanoseconds. Digits finer
 * than a microsecond are dropped.</li>
 * <li>Seed layout: every other field of a flow is unknown: protocol, ports, packets and flags 0,
 * the end equals the start.</li>
 * <li>Full layout {@code start,end,source,destination,source_port,destination_port,protocol,bytes,packets,tcp_flags}:
 * {@code start}, {@code source}, {@code destination} are required; a missing or empty {@code end}
 * is the start, other missing or empty fields are 0. The protocol is a name ({@code tcp},
 * {@code udp}, {@code icmp}, any case) or a number 0..255. TCP flags are a number 0..255
 * ({@code 0x12} in hexadecimal) or letters in any order: F FIN, S SYN, R RST, P PSH, A ACK, U URG,
 * E ECE, C CWR; dots are ignored.</li>
 * <li>Writers use ISO-8601 UTC with six fraction digits only when a time is not a whole second,
 * protocol names where there is one, flags as letters in the order FSRPAUEC (empty for none), and
 * {@code \n} line ends. The full layout reads back without loss.</li>
 * <li>A row that cannot be read is skipped and reported with the file and its line (the header is
 * line 1) and the reason: wrong number of fields, a bad address, timestamp or number, a negative
 * count, an unknown protocol, bad flags, a flow that ends before it starts, broken quoting, a line
 * longer than 65536 characters. A first line that is not the header is an error, and so is a
 * quote that is never closed within 2^20 characters.</li>
 * </ul>
 */
package org.flowbench.io;
