package org.initlab.train.fast;

/** The two memory layouts; they give identical numbers, so the choice is about speed only. */
enum LayoutKind {
    /** {@link ColumnLayout}: the course's {@code (units, m)}; for batches of {@link #COLUMNS_FROM} examples or more. */
    COLUMN,
    /** {@link RowLayout}: DL4J's {@code (m, units)}; for small mini-batches. */
    ROW;

    /** Batch size from which {@link #COLUMN} is faster. */
    static final int COLUMNS_FROM = 32;

    /** The faster layout for batches of {@code batch} examples. */
    static LayoutKind forBatch(int batch) {
        return batch >= COLUMNS_FROM ? COLUMN : ROW;
    }

    /** A new layout of this kind; {@code parallel} splits the large products of {@link #COLUMN}. */
    Layout create(Parallel parallel) {
        return this == COLUMN ? new ColumnLayout(parallel) : new RowLayout();
    }
}
