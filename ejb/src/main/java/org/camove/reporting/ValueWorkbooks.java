package org.camove.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camove.security.Role;
import org.camove.shared.EditConflict;
import org.camove.shared.InvalidInput;

/**
 * The values workbook: a partner's entry sheet for a period as an XLSX that can be filled offline (slow
 * connections), and the filled file taken back. The file is read whole and saved with one
 * {@link IndicatorValueEntry#save}, so it is all or none, and what it holds unchanged is no edit: the same
 * file uploaded twice changes nothing. Who may download or upload is who may read or enter the sheet
 * ({@link PackageAccess}); the partner and period named inside the file must be those of the page.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.PARTNER_OFFICER})
public class ValueWorkbooks {

    /** Largest workbook taken, in MB. */
    public static final int MAX_MB = ValueWorkbookReader.MAX_MB;

    @EJB
    private IndicatorValueEntry entry;

    /** The partner's values workbook for the period, headers in the reader's language. */
    public byte[] template(long periodId, long partnerId, Locale locale) {
        return ValueWorkbookTemplate.write(entry.sheet(periodId, partnerId, locale), locale);
    }

    /**
     * Saves the values of a filled workbook.
     *
     * @return how many indicators the file gives values for
     * @throws InvalidInput of the field "file", one violation per problem, each naming its sheet, row and column
     *                      in the reader's language; nothing is saved
     * @throws EditConflict when a value in the file was changed by someone else since the file was downloaded
     */
    public int upload(long periodId, long partnerId, byte[] file, Locale locale) {
        var upload = ValueWorkbookReader.read(file, entry.sheet(periodId, partnerId, locale));
        // the values' rules are checked even when some cells were refused already, so the file's every problem is told
        // at once; throwing then undoes the save
        List<InvalidInput.Violation> problems = new ArrayList<>(upload.problems());
        try {
            entry.save(periodId, partnerId, upload.values());
        } catch (InvalidInput refused) {
            problems.addAll(upload.locate(refused));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return (int) upload.values().stream().filter(v -> !v.isBlank()).count();
    }
}
