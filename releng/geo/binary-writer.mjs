// A growing byte buffer with the few encodings the Flowbench geo resources use: big-endian fixed
// integers, unsigned LEB128 varints (BigInt, so 64-bit values stay exact) and zigzag varints.
export class BinaryWriter {
  constructor() {
    this.bytes = new Uint8Array(1 << 20);
    this.length = 0;
  }

  ensure(n) {
    if (this.length + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  u8(v) {
    this.ensure(1);
    this.bytes[this.length++] = v & 0xff;
  }

  u16(v) {
    this.u8(v >>> 8);
    this.u8(v);
  }

  u32(v) {
    this.u16(v >>> 16);
    this.u16(v & 0xffff);
  }

  ascii(s) {
    for (const c of s) this.u8(c.charCodeAt(0));
  }

  /** Length-prefixed UTF-8, as Java's DataInputStream.readUTF reads it for these ASCII-range texts. */
  utf(s) {
    const b = Buffer.from(s, 'utf8');
    this.u16(b.length);
    this.ensure(b.length);
    this.bytes.set(b, this.length);
    this.length += b.length;
  }

  /** Unsigned varint of a BigInt, 7 bits a byte, low bits first. */
  varint(v) {
    let x = BigInt(v);
    if (x < 0n) throw new Error('negative varint ' + v);
    while (x >= 0x80n) {
      this.u8(Number(x & 0x7fn) | 0x80);
      x >>= 7n;
    }
    this.u8(Number(x));
  }

  zigzag(v) {
    this.varint(v >= 0 ? 2 * v : -2 * v - 1);
  }

  result() {
    return this.bytes.subarray(0, this.length);
  }
}
