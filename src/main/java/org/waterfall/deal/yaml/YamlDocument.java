package org.waterfall.deal.yaml;

import org.waterfall.InputProblem;

/**
 * A YAML file bound to a document record, with where each key stands in the file, so that checks made after
 * binding (ranges, references) name the file, line and key too.
 *
 * @param <T> the document type
 */
public final class YamlDocument<T> {

    private final YamlBinder.Bound<T> bound;

    YamlDocument(YamlBinder.Bound<T> bound) {
        this.bound = bound;
    }

    public T document() {
        return bound.document();
    }

    /** The file as the user named it. */
    public String file() {
        return bound.file();
    }

    /** A problem at a key path such as {@code scenarios[3].cpr}, on the line of that key (or its nearest parent). */
    public InputProblem problem(String path, String message) {
        return bound.problem(path, message);
    }
}
