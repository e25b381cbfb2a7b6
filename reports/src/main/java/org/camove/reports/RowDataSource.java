package org.camove.reports;

import java.util.Iterator;
import java.util.List;

import net.sf.jasperreports.engine.JRDataSource;

/**
 * Feeds a template one row object after another; subclasses map a field name to the current row's value by hand:
 * {@code JRBeanCollectionDataSource} cannot read records in JasperReports 7.0.6 (its commons-beanutils2 looks for
 * {@code getDepth()} and fails with "Unknown property 'depth'"), and mapping by hand turns a field renamed in the
 * template into an error at the first row rather than a silently empty column.
 */
public abstract class RowDataSource<R> implements JRDataSource {

    private final Iterator<R> rows;
    private R current;

    protected RowDataSource(List<R> rows) {
        this.rows = rows.iterator();
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            return false;
        }
        current = rows.next();
        return true;
    }

    /** The row being printed. */
    protected R current() {
        return current;
    }
}
