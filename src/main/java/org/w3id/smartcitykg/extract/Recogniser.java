package org.w3id.smartcitykg.extract;

/** One rule family of the extract stage; recognisers run in order and see what earlier ones found. */
interface Recogniser {
    void recognise(TextContext context);
}
