package org.w3id.smartcitykg.service;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.w3id.smartcitykg.pipeline.Inputs;

/**
 * Watches folders of documents (and their subfolders) and hands over the paths that were added,
 * changed or removed, a batch at a time once the folder has been quiet for a moment: an editor
 * or a copy writes a file in several steps, and one change should be one update.
 */
final class DocumentWatcher implements AutoCloseable {
    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Duration quiet;
    private final Thread thread;

    DocumentWatcher(List<Path> roots, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(() -> loop(onChange), "document-watcher");
        thread.setDaemon(true);
    }

    DocumentWatcher start() {
        thread.start();
        return this;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                folders.put(dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
            }
        }
    }

    private void loop(Consumer<Set<Path>> onChange) {
        Set<Path> pending = new LinkedHashSet<>();
        try {
            while (true) {
                WatchKey key = pending.isEmpty() ? watcher.take() : watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    onChange.accept(Set.copyOf(pending));
                    pending.clear();
                    continue;
                }
                collect(key, pending);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> pending) {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (Files.isDirectory(path)) {
                try {
                    registerTree(path);
                    pending.addAll(Inputs.expand(List.of(path)));
                } catch (IOException e) {
                    // a folder that vanished at once: nothing in it to convert
                }
            } else if (Inputs.isDocument(path)) {
                pending.add(path);
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
