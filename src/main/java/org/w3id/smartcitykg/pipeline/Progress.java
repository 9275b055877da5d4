package org.w3id.smartcitykg.pipeline;

/** Where a long conversion reports how far it got; the command line shows it as a bar. */
public interface Progress extends AutoCloseable {
    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {}

        @Override
        public void advance(long documents) {}

        @Override
        public void close() {}
    };

    /** A new task of {@code total} documents begins. */
    void start(String task, long total);

    void advance(long documents);

    /** The task is over; nothing more is shown. */
    @Override
    void close();
}
