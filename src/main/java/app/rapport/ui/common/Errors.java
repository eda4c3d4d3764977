package app.rapport.ui.common;

import app.rapport.domain.UserError;
import app.rapport.service.SafeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into the one sentence the user sees; the details go to the log. */
public final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    /**
     * The sentence for a failure: its own where it is a {@link UserError}, else a whole one from the window's
     * bundle, nothing filled in from pieces.
     *
     * @param action      what the user was doing, for the log (in English): "load the contacts"
     * @param sentenceKey the key of the sentence the user sees then: {@code common.errors.loadContacts}, "Rapport
     *                    could not load the contacts. Try again; …"
     * @param arguments   what that sentence names, such as the file it could not read
     */
    public static String describe(Throwable failure, String action, String sentenceKey, Object... arguments) {
        return log(failure, action) ? failure.getMessage() : Texts.text(sentenceKey, arguments);
    }

    /** Logs the failure; whether it is a {@link UserError}, whose message is the sentence. */
    private static boolean log(Throwable failure, String action) {
        if (failure instanceof UserError) {
            if (failure.getCause() == null) {
                LOG.info("Could not {}: {}", action, failure.getClass().getSimpleName());
            } else {
                // A sentence made from a library's failure (POI on a broken workbook): the trace says what broke.
                LOG.warn("Could not {}: {}", action, SafeLog.describe(failure));
            }
            return true;
        }
        LOG.error("Could not {}: {}", action, SafeLog.describe(failure));
        return false;
    }
}
