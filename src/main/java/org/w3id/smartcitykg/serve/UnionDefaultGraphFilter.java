package org.w3id.smartcitykg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.web.HttpNames;

/**
 * The Graph Store protocol's {@code ?default} as the union of all graphs, the same default graph
 * that SPARQL queries see. The store keeps each document in a named graph of its own and nothing
 * in its stored default graph, which alone would answer empty.
 */
final class UnionDefaultGraphFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        boolean asksDefault = req.getParameter(HttpNames.paramGraphDefault) != null
                || HttpNames.graphTargetDefault.equals(req.getParameter(HttpNames.paramGraph));
        chain.doFilter(asksDefault ? new AsUnion(req) : request, response);
    }

    private static final class AsUnion extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        AsUnion(HttpServletRequest request) {
            super(request);
            Map<String, String[]> p = new LinkedHashMap<>(request.getParameterMap());
            p.remove(HttpNames.paramGraphDefault);
            p.put(HttpNames.paramGraph, new String[] {HttpNames.graphTargetUnion});
            this.parameters = Collections.unmodifiableMap(p);
        }

        @Override
        public String getParameter(String name) {
            String[] v = parameters.get(name);
            return v == null ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public String getQueryString() {
            return HttpNames.paramGraph + "=" + HttpNames.graphTargetUnion;
        }
    }
}
