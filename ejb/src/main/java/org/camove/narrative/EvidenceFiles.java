package org.camove.narrative;

import static java.util.stream.Collectors.toMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camove.organisations.Organisation;
import org.camove.reporting.PackageAccess;
import org.camove.reporting.ReportingPeriod;
import org.camove.security.Role;
import org.camove.shared.InvalidInput;

/**
 * The evidence files of a partner's quarterly package: attached (to the package, or to one of its indicators'
 * values) and deleted only while the package is editable, listed and downloaded by whoever may reach the
 * package through {@link PackageAccess} (the partner's officer, programme managers, administrators; never
 * another partner's officer, never a donor). A file is accepted only if its content is of an allowed type that
 * its name agrees with ({@link EvidenceTypes}), up to {@code camove.evidence.maxBytes} (10 MB) each and
 * {@code camove.evidence.maxFiles} (30) per package, both read on every upload so they can be changed live.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROGRAMME_MANAGER, Role.Names.PARTNER_OFFICER})
public class EvidenceFiles {

    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    static final int DEFAULT_MAX_FILES = 30;

    private static final String ASSIGNED = "SELECT i.code FROM Indicator i JOIN i.result r JOIN i.responsiblePartners p "
            + "WHERE i.id = :indicator AND r.programme = :programme AND p = :partner";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PackageAccess access;

    @EJB
    private EvidenceUploads uploads;

    /** The largest file accepted, in bytes ({@code camove.evidence.maxBytes}), as it is now. */
    public static long maxBytes() {
        return Long.getLong("camove.evidence.maxBytes", DEFAULT_MAX_BYTES);
    }

    /** How many files a package holds at most ({@code camove.evidence.maxFiles}), as it is now. */
    public static int maxFiles() {
        return Integer.getInteger("camove.evidence.maxFiles", DEFAULT_MAX_FILES);
    }

    /** The package's files, in the order they were attached. */
    public List<EvidenceItem> list(long periodId, long partnerId) {
        var period = access.period(periodId, LockModeType.NONE);
        var partner = access.partner(period, partnerId);
        var files = files(period, partner);
        List<Long> indicators = files.stream().map(EvidenceFile::getIndicatorId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> codes = indicators.isEmpty() ? Map.of()
                : em.createQuery("SELECT i.id, i.code FROM Indicator i WHERE i.id IN :ids", Object[].class)
                        .setParameter("ids", indicators).getResultStream()
                        .collect(toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
        return files.stream().map(e -> item(e, e.getIndicatorId() == null ? null : codes.get(e.getIndicatorId()))).toList();
    }

    /**
     * Attaches the file to the package (and to the indicator's value, when {@code indicatorId} is given).
     *
     * @throws InvalidInput when the package is not editable or not the caller's, the indicator is not assigned to
     *                      the partner, the package is full, or the file is empty, too big or not an allowed type;
     *                      nothing is kept then
     */
    public EvidenceItem attach(long periodId, long partnerId, Long indicatorId, String fileName, InputStream content) {
        var period = access.period(periodId, LockModeType.NONE);
        var partner = access.partner(period, partnerId);
        var change = access.changeNow();
        access.editable(period, partner, change);
        String indicatorCode = indicatorId == null ? null : em.createQuery(ASSIGNED, String.class).setParameter("indicator", indicatorId)
                .setParameter("programme", period.getProgramme()).setParameter("partner", partner).getResultStream().findFirst()
                .orElseThrow(() -> InvalidInput.of("indicator", "evidence.indicator.notAssigned", indicatorId, partner.getCode()));
        long attached = em.createNamedQuery(EvidenceFile.COUNT_OF_PACKAGE, Long.class).setParameter("period", period)
                .setParameter("partner", partner.getId()).getSingleResult();
        var file = new EvidenceFile(period, partner.getId(), indicatorId, new StoredFile(uploads.accept(fileName, content, attached), change));
        em.persist(file);
        em.flush();
        return item(file, indicatorCode);
    }

    private static EvidenceItem item(EvidenceFile evidence, String indicatorCode) {
        var file = evidence.getFile();
        return new EvidenceItem(evidence.getId(), file.getOriginalName(), file.getMediaType(), file.getSize(), file.getSha256(),
                evidence.getIndicatorId(), indicatorCode, file.getUploadedBy(), file.getUploadedAt());
    }

    /**
     * Deletes one of the package's files (the stored bytes once the deletion is committed).
     *
     * @throws InvalidInput when the package is not editable or not the caller's, or the file is not one of its own
     */
    public void delete(long periodId, long partnerId, long evidenceId) {
        var period = access.period(periodId, LockModeType.NONE);
        var partner = access.partner(period, partnerId);
        access.editable(period, partner, access.changeNow());
        var file = Optional.ofNullable(em.find(EvidenceFile.class, evidenceId))
                .filter(f -> f.getPeriod().getId().equals(period.getId()) && f.getPartnerId() == partner.getId())
                .orElseThrow(() -> InvalidInput.of(null, "evidence.gone"));
        em.remove(file);
        uploads.deleteOnCommit(file.getFile().getStoredName());
    }

    /**
     * The file to send, if it exists and the caller may reach its package.
     *
     * @throws InvalidInput when it belongs to another partner than the caller's (the attempt is logged)
     */
    public Optional<EvidenceDownload> download(long evidenceId) {
        var file = em.find(EvidenceFile.class, evidenceId);
        if (file == null) {
            return Optional.empty();
        }
        access.partner(file.getPeriod(), file.getPartnerId());
        return Optional.of(file.getFile().download());
    }

    private List<EvidenceFile> files(ReportingPeriod period, Organisation partner) {
        return em.createNamedQuery(EvidenceFile.OF_PACKAGE, EvidenceFile.class).setParameter("period", period)
                .setParameter("partner", partner.getId()).getResultList();
    }
}
