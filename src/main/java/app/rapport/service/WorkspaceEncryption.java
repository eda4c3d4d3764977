package app.rapport.service;

/** Whether the open workspace is encrypted, and changing that; {@link Session} is one. */
public interface WorkspaceEncryption {

    boolean isEncrypted();

    /** Encrypts with a new password, changes it, or with {@code null} removes the encryption. */
    void changeEncryption(String newPassword);
}
