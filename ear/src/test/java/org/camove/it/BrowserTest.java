package org.camove.it;

import java.io.IOException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test has: the shipped EAR, a fresh headless Chromium for each test, and a wait that
 * ignores elements replaced while it reads them (ajax updates and saves replace parts of the page).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

    protected WebDriver browser;
    protected WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.camoveEar();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Chromium.start();
        wait = Chromium.waitFor(browser);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
