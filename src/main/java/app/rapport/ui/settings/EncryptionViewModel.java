package app.rapport.ui.settings;

import app.rapport.service.Session;
import app.rapport.service.WorkspaceEncryption;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
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
        dialogs.askNewPassword("Encrypt workspace", Session.MIN_PASSWORD).ifPresent(password ->
                change(password, "Encrypted the workspace. Its backups are encrypted with it."));
    }

    public void changePassword() {
        dialogs.askNewPassword("Change password", Session.MIN_PASSWORD).ifPresent(password ->
                change(password, "Changed the password. The backups open with the new one only."));
    }

    /** Removes the encryption after the user confirms. */
    public void removeEncryption() {
        if (dialogs.confirm("Remove encryption", "Store this workspace unencrypted? Anyone with access to this "
                + "computer's files could then read your contacts.", "Remove encryption")) {
            change(null, "The workspace is no longer encrypted.");
        }
    }

    private void change(String password, String done) {
        working.set(true);
        status.show("Changing the workspace's encryption…");
        background.run(() -> {
            workspace.changeEncryption(password);
            return workspace.isEncrypted();
        }, now -> {
            working.set(false);
            encrypted.set(now);
            status.show(done);
        }, failure -> {
            working.set(false);
            dialogs.showError(Errors.describe(failure, "change the workspace's encryption"));
        });
    }

    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
