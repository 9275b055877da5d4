package org.w3id.smartcitykg.ingest;

import java.nio.ByteBuffer;

/**
 * Primitive arrays laid one after the other in bytes: how the resources compiled at build time
 * are written, and read back in bulk at start-up without a loop per element.
 */
public final class PrimitiveArrays {
    private PrimitiveArrays() {}

    /** The arrays ({@code byte[]}, {@code char[]}, {@code short[]}, {@code int[]}, {@code long[]}, {@code float[]} or {@code double[]}), in order. */
    public static byte[] toBytes(Object... arrays) {
        int size = 0;
        for (Object a : arrays) {
            size += byteSize(a);
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        for (Object a : arrays) {
            transfer(buffer, a, true);
        }
        return buffer.array();
    }

    /** Fills the arrays, in order, from bytes {@link #toBytes} wrote; each must have its written length. */
    public static void fromBytes(byte[] bytes, Object... arrays) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        for (Object a : arrays) {
            transfer(buffer, a, false);
        }
    }

    private static int byteSize(Object a) {
        if (a instanceof byte[] b) {
            return b.length;
        } else if (a instanceof char[] c) {
            return c.length * Character.BYTES;
        } else if (a instanceof short[] s) {
            return s.length * Short.BYTES;
        } else if (a instanceof int[] i) {
            return i.length * Integer.BYTES;
        } else if (a instanceof long[] l) {
            return l.length * Long.BYTES;
        } else if (a instanceof float[] f) {
            return f.length * Float.BYTES;
        } else if (a instanceof double[] d) {
            return d.length * Double.BYTES;
        }
        throw new IllegalArgumentException("not a primitive array: " + a);
    }

    private static void transfer(ByteBuffer buffer, Object a, boolean write) {
        if (a instanceof byte[] b) {
            if (write) {
                buffer.put(b);
            } else {
                buffer.get(b);
            }
            return; // unlike the views below, these move the position themselves
        }
        if (a instanceof char[] c) {
            if (write) {
                buffer.asCharBuffer().put(c);
            } else {
                buffer.asCharBuffer().get(c);
            }
        } else if (a instanceof short[] s) {
            if (write) {
                buffer.asShortBuffer().put(s);
            } else {
                buffer.asShortBuffer().get(s);
            }
        } else if (a instanceof int[] i) {
            if (write) {
                buffer.asIntBuffer().put(i);
            } else {
                buffer.asIntBuffer().get(i);
            }
        } else if (a instanceof long[] l) {
            if (write) {
                buffer.asLongBuffer().put(l);
            } else {
                buffer.asLongBuffer().get(l);
            }
        } else if (a instanceof float[] f) {
            if (write) {
                buffer.asFloatBuffer().put(f);
            } else {
                buffer.asFloatBuffer().get(f);
            }
        } else if (a instanceof double[] d) {
            if (write) {
                buffer.asDoubleBuffer().put(d);
            } else {
                buffer.asDoubleBuffer().get(d);
            }
        }
        buffer.position(buffer.position() + byteSize(a));
    }
}
