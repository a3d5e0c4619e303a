package org.waterfall.cli;

import java.util.List;

/** Renders a projection in one output format: every file whole, before anything is written. */
@FunctionalInterface
public interface ProjectionWriter {

    /** The files to write (to {@code --out DIR}), or, to standard output, their text one after the other. */
    List<OutputFile> render(ProjectionReport report);

}
