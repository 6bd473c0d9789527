package org.flowbench.ui.datasets;

/** Told when datasets are opened, closed or made active. Called on any thread. */
public interface DatasetListener {

    /** The open datasets or the active one changed. */
    void datasetsChanged(DatasetManager manager);
}
