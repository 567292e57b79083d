package org.diplograph.server;

/**
 * What {@code serve} answers where: the dataset at {@code /ds}; in the admin area {@code /$/} only the health check,
 * and with the UI the read-only information it reads, never a change; without the UI a short root page and
 * nothing else.
 *
 * @param ui        whether the Fuseki UI is served
 * @param storeName what the root page calls the store
 */
record ServedPaths(boolean ui, String storeName) {

    /** An answer given instead of passing the request on. */
    record Answer(int status, String text) {
    }

    /** The answer for a request the server does not pass on, or null to pass it on. */
    Answer answer(String path, String method) {
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        if (path.startsWith("/$/")) {
            if (!read) {
                return new Answer(403, "the admin area /$/ takes no changes here (adding or dropping datasets, backups"
                        + " and compaction are not offered)");
            }
            boolean info = path.equals("/$/server") || path.startsWith("/$/datasets") || path.startsWith("/$/stats");
            if (!path.equals("/$/ping") && !(ui && info)) {
                return new Answer(404, "the admin API under /$/ is off" + (ui ? ""
                        : "; serve --ui turns on the read-only server information the Fuseki UI reads"));
            }
            return null;
        }
        if (ui || path.equals(ServeSettings.DATASET) || path.startsWith(ServeSettings.DATASET + "/")) {
            return null;
        }
        if (path.equals("/") && read) {
            return new Answer(200, "Diplograph serves " + storeName + " here:\n"
                    + "  SPARQL query:       /ds/sparql\n"
                    + "  Graph Store (read): /ds?graph=<graph IRI>\n"
                    + "The Fuseki UI is off: start diplograph serve with --ui to query from a browser.");
        }
        return new Answer(404, "nothing here: the dataset is at /ds (the Fuseki UI is off; serve --ui turns it on)");
    }
}
