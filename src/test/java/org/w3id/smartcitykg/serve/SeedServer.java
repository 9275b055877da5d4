package org.w3id.smartcitykg.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.rdf.IriScheme;
import org.w3id.smartcitykg.store.Dumps;
import org.w3id.smartcitykg.store.KnowledgeStore;

/**
 * The seeds published as {@code serve} publishes them: a TDB2 store, its dumps, and the server on
 * a free loopback port. For the tests of the pages and descriptions.
 */
record SeedServer(KnowledgeStore store, SmartCityServer server) implements AutoCloseable {

    static SeedServer start(Path dir) throws IOException {
        KnowledgeStore store = Fixtures.seedStore(dir.resolve("store"));
        Instant modified = store.lastModified().orElseThrow();
        Dumps dumps = new Dumps(dir.resolve("dumps"));
        dumps.write(store.datasetGraph(), modified);
        SmartCityServer server = SmartCityServer.builder(store.datasetGraph())
                .options(ServerOptions.defaults().withPort(0)).dumps(dumps).modified(modified).build().start();
        return new SeedServer(store, server);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
