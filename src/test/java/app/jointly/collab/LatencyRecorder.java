package app.jointly.collab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The co-editing benchmark's measurements, kept in primitive arrays sized up front and written in place. The
 * benchmark runs inside node 1's JVM: maps and lists of boxed samples growing by ten thousand a second made that
 * node's young collections scan old objects pointing at new ones for tens of milliseconds each, a cost the
 * server never has in production and that landed straight in the measured latencies.
 */
final class LatencyRecorder {

    private final Map<String, Integer> docIndex = new HashMap<>();
    private final Map<String, Integer> clientIndex = new HashMap<>();
    private final int versionsPerDoc;
    /** When the push that created each version of each text was sent (0: not known). */
    private final long[][] sentAt;
    /** Every receipt of another client's update: text, version, when. */
    private final int[] receiptDoc;
    private final int[] receiptVersion;
    private final long[] receiptAt;
    private final AtomicInteger receipts = new AtomicInteger();
    /** When each client made each of its edits, in order, and how many it made. */
    private final long[][] editAt;
    private final AtomicIntegerArray edits;
    /** Keystroke time and keystroke-to-receipt latency of each received update. */
    private final long[] typedAt;
    private final long[] typingLatency;
    private final AtomicInteger typings = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();

    LatencyRecorder(List<String> docs, List<String> clientIds, int versionsPerDoc, int editsPerClient,
                    int receiptCapacity) {
        docs.forEach(doc -> docIndex.put(doc, docIndex.size()));
        clientIds.forEach(id -> clientIndex.put(id, clientIndex.size()));
        this.versionsPerDoc = versionsPerDoc;
        sentAt = new long[docs.size()][versionsPerDoc];
        receiptDoc = new int[receiptCapacity];
        receiptVersion = new int[receiptCapacity];
        receiptAt = new long[receiptCapacity];
        editAt = new long[clientIds.size()][editsPerClient];
        edits = new AtomicIntegerArray(clientIds.size());
        typedAt = new long[receiptCapacity];
        typingLatency = new long[receiptCapacity];
    }

    /** Called by one client's typing task only. */
    void edited(String clientId, long nanos) {
        int client = clientIndex.get(clientId);
        int n = edits.get(client);
        if (n < editAt[client].length) {
            editAt[client][n] = nanos;
            edits.set(client, n + 1);
        } else {
            dropped.incrementAndGet();
        }
    }

    void accepted(String doc, int from, int to, long sentNanos) {
        long[] sent = sentAt[docIndex.get(doc)];
        for (int v = from + 1; v <= to && v < versionsPerDoc; v++) {
            sent[v] = sentNanos;
        }
    }

    /** {@code nth} is the sender's n-th edit that this receiver has seen (0-based). */
    void received(String doc, int version, long nanos, String sender, int nth) {
        int slot = receipts.getAndIncrement();
        if (slot >= receiptAt.length || version >= versionsPerDoc) {
            dropped.incrementAndGet();
            return;
        }
        receiptDoc[slot] = docIndex.get(doc);
        receiptVersion[slot] = version;
        receiptAt[slot] = nanos;
        Integer client = clientIndex.get(sender);
        if (client != null && nth < edits.get(client)) {
            int typed = typings.getAndIncrement();
            if (typed < typedAt.length) {
                long at = editAt[client][nth];
                typedAt[typed] = at;
                typingLatency[typed] = nanos - at;
            }
        }
    }

    /** Propagation samples as {start, latency} pairs: push sent to another client's receipt. */
    List<long[]> propagation() {
        int count = Math.min(receipts.get(), receiptAt.length);
        List<long[]> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long sent = sentAt[receiptDoc[i]][receiptVersion[i]];
            if (sent != 0) {
                samples.add(new long[] {sent, receiptAt[i] - sent});
            }
        }
        return samples;
    }

    /** Typing samples as {keystroke, latency} pairs. */
    List<long[]> typing() {
        int count = Math.min(typings.get(), typedAt.length);
        List<long[]> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            samples.add(new long[] {typedAt[i], typingLatency[i]});
        }
        return samples;
    }

    /** Samples that did not fit the arrays sized up front (the figures leave them out). */
    int dropped() {
        return dropped.get();
    }
}
