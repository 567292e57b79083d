package org.diplograph.pipeline;

/**
 * The graphs a run has stored, so that an article given twice (the same file twice, the same text under two names,
 * a JSON Lines id repeated) is counted once. Kept as 64-bit hashes of the graph names in an open-addressing table:
 * 16 bytes per article at most, never the names themselves.
 */
final class SeenGraphs {

    private long[] slots = new long[1 << 10];
    private int size;

    /** Adds the graph; returns false when the run stored it already. */
    boolean add(String graphName) {
        long h = hash(graphName);
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        return insert(slots, h);
    }

    private boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = h;
                if (table == slots) {
                    size++;
                }
                return true;
            }
            if (table[i] == h) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long h : old) {
            if (h != 0) {
                insert(slots, h);
            }
        }
    }

    /** FNV-1a over the characters; 0 is kept for empty slots. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
