package org.w3id.smartcitykg.cli;

import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.w3id.smartcitykg.pipeline.Progress;

/**
 * Documents done, documents per second and the time left, as a bar on standard error. It appears
 * only once a task has run for a couple of seconds: a short one stays quiet.
 */
final class TerminalProgress implements Progress {
    private static final long SHOW_AFTER_NANOS = Duration.ofSeconds(2).toNanos();

    private String task;
    private long total;
    private long done;
    private long started;
    private ProgressBar bar;

    @Override
    public synchronized void start(String newTask, long newTotal) {
        task = newTask;
        total = newTotal;
        done = 0;
        started = System.nanoTime();
    }

    @Override
    public synchronized void advance(long documents) {
        done += documents;
        if (bar == null && System.nanoTime() - started > SHOW_AFTER_NANOS) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" docs", 1).showSpeed().setUpdateIntervalMillis(500).build();
        }
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
