package org.w3id.smartcitykg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;

/**
 * Fuseki's SPARQL query service that first checks the parsed query against the server's outbound
 * policy, so a forbidden {@code SERVICE} is a clear 400 before anything runs. The policy is also
 * in the query context, for any SERVICE this walk cannot see.
 */
final class GuardedQueryService extends SPARQL_QueryDataset {
    private final OutboundServices outbound;

    GuardedQueryService(OutboundServices outbound) {
        this.outbound = outbound;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                outbound.refusal(op.getService()).ifPresent(ServletOps::errorBadRequest);
            }
        });
    }
}
