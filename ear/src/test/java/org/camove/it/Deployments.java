package org.camove.it;

import java.io.File;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the system tests deploy: always the EAR the build made, or the parts of it a test needs. */
final class Deployments {

    private Deployments() {
    }

    /** The application exactly as it ships. */
    static EnterpriseArchive camoveEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("camove.ear")));
    }

    /**
     * The EAR's EJB module and libraries (entities, services, persistence.xml, migrations) in a
     * test WAR, without the pages, for tests that run inside the server.
     */
    static WebArchive servicesWar(String name) {
        var ear = camoveEar();
        var war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.getContent(path -> isJar(path, "/lib/")).forEach((path, node) ->
                war.addAsLibrary(node.getAsset(), fileName(path)));
        war.addAsLibrary(ear.get("/camove-ejb.jar").getAsset(), "camove-ejb.jar");
        return war;
    }

    /** The services WAR with an in-container test class, its helpers ({@link Transactions}, {@link AsProgrammeManager}) and AssertJ. */
    static WebArchive servicesTest(Class<?> testClass) {
        return servicesWar(testClass.getSimpleName())
                .addClasses(testClass, Transactions.class, AsProgrammeManager.class)
                .addAsLibrary(new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().getPath()));
    }

    private static boolean isJar(ArchivePath path, String folder) {
        return path.get().startsWith(folder) && path.get().endsWith(".jar");
    }

    private static String fileName(ArchivePath path) {
        return path.get().substring(path.get().lastIndexOf('/') + 1);
    }
}
