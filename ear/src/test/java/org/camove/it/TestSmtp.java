package org.camove.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** Test-only: GreenMail on the port the tests' server sends its e-mails to (CAMOVE_SMTP_PORT, {@code camove.test.smtp.port}). */
final class TestSmtp {

    private TestSmtp() {
    }

    static GreenMail start() {
        var smtp = new GreenMail(new ServerSetup(Integer.getInteger("camove.test.smtp.port", 3025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }
}
