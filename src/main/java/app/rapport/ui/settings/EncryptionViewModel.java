package app.rapport.ui.settings;

import app.rapport.service.Session;
import app.rapport.service.WorkspaceEncryption;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Settings › Workspace security: encrypt the workspace, change its password, or remove the encryption. */
public final class EncryptionViewModel {

    // Properties
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper(this, "encrypted");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");

    private final WorkspaceEncryption workspace;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine status;

    public EncryptionViewModel(WorkspaceEncryption workspace, Background background, DialogService dialogs,
            StatusLine status) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        this.status = status;
        encrypted.set(workspace.isEncrypted());
    }

    /** Asks a new password twice, then encrypts the workspace and its backups. */
    public void encrypt() {
        dialogs.askNewPassword(Texts.text("settings.encryption.encryptTitle"), Session.MIN_PASSWORD)
                .ifPresent(password -> change(password, Texts.text("settings.encryption.encrypted")));
    }

    public void changePassword() {
        dialogs.askNewPassword(Texts.text("settings.encryption.changeTitle"), Session.MIN_PASSWORD)
                .ifPresent(password -> change(password, Texts.text("settings.encryption.changed")));
    }

    /** Removes the encryption after the user confirms. */
    public void removeEncryption() {
        if (dialogs.confirm(Texts.text("settings.encryption.removeTitle"),
                Texts.text("settings.encryption.removeQuestion"), Texts.text("settings.encryption.removeButton"))) {
            change(null, Texts.text("settings.encryption.removed"));
        }
    }

    private void change(String password, String done) {
        working.set(true);
        status.show(Texts.text("settings.encryption.changing"));
        background.run(() -> {
            workspace.changeEncryption(password);
            return workspace.isEncrypted();
        }, now -> {
            working.set(false);
            encrypted.set(now);
            status.show(done);
        }, failure -> {
            working.set(false);
            dialogs.showError(Errors.describe(failure, "change the workspace's encryption",
                    "errors.settings.changeEncryption"));
        });
    }

    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
